# boardpack — two commands on a fresh Debian 12 machine (as root):
#   ./setup     installs what is missing (make included; packages.txt), then runs make
#   make        installs what is missing, builds, and writes the sample report to out/
#   make test   the same set-up, then the whole test suite, then the skipped tests and why
#   make test-asan   the whole suite built with AddressSanitizer and UBSan (build-asan/)
#   make fuzz        the libFuzzer targets, FUZZ_SECONDS each (build-fuzz/; installs clang)
#   make install PREFIX=/usr/local   bin/, lib/boardpack/, share/boardpack/, share/man/man1/
#   make package     build/boardpack_VERSION_ARCH.deb (CPack; Depends from dpkg-shlibdeps)
#   V=1 make         the full output (otherwise each stage prints one line as it starts, a count,
#                    and its time; the whole output is in BUILD/logs/, one log per run)
BUILD     ?= build
JOBS      ?= $(shell nproc)
PREFIX    ?= /usr/local
# The packages are listed in packages.txt (read by ./setup too).
MAKEFLAGS += --no-print-directory

# Only `make fuzz` installs these.
FUZZ_PACKAGES := clang libclang-rt-14-dev
FUZZ_SECONDS  ?= 60
FUZZ_TARGETS  := layout theme csv data build font
# Sanitizer settings for test-asan and fuzz: fail on the first report, with a stack trace;
# tests/lsan.supp names the one-time start-up allocations of fontconfig that LSan reports.
SAN_ENV := ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1 \
           UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:abort_on_error=1 \
           LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0

# Each run of make (or of ./setup, which sets it) keeps its whole output in a log of its own:
# BUILD/logs/DATE_TIME-GOAL.log, never overwritten by the next run.
ifndef RUN_LOG
RUN_LOG := $(CURDIR)/$(BUILD)/logs/$(shell date +%Y-%m-%d_%H%M%S)-$(or $(firstword $(MAKECMDGOALS)),all).log
endif
export RUN_LOG
STAGE := sh scripts/run-stage

# As a user, with packages missing: print what to run as root (scripts/install-packages) and
# stop, with status 1 and no other message (question mode runs nothing and fails).
ifneq ($(filter-out clean format,$(or $(MAKECMDGOALS),all)),)
ifneq ($(shell id -u),0)
DEPS_EXTRA := $(if $(filter fuzz,$(MAKECMDGOALS)),$(FUZZ_PACKAGES))
DEPS_MISSING := $(shell sh scripts/install-packages --missing $(DEPS_EXTRA))
ifneq ($(DEPS_MISSING),)
DEPS_MESSAGE := $(shell sh scripts/install-packages $(DEPS_EXTRA) >/dev/null)
MAKEFLAGS += -q
endif
endif
endif

.PHONY: all deps web-deps configure build report test test-asan fuzz update-refs format clean \
        install package

all: report web-deps

# Installs the Debian packages that are missing (nothing to do on a second run).
deps:
	@sh scripts/install-packages $(EXTRA_PACKAGES)

# The browser test's npm packages (puppeteer-core, axe-core), exactly as tests/web/package-lock.json
# pins them, without install scripts: the browser is Debian's chromium, none is downloaded.
web-deps: deps
	@test -d tests/web/node_modules || $(STAGE) web-deps "npm ci in tests/web (puppeteer-core, axe-core)" \
	  npm ci --prefix tests/web --ignore-scripts --no-audit --no-fund

# A new build folder is configured for Ninja, which counts what it compiles ([142/398]).
configure: deps
	@test -f $(BUILD)/CMakeCache.txt || $(STAGE) configure "cmake, a Release build in $(BUILD)/" \
	  cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release

build: configure
	@$(STAGE) compile "$(BUILD)/, $(JOBS) jobs" cmake --build $(BUILD) -j $(JOBS)

# The paths each example wrote, then their data warnings counted once per data file (they are
# intended: the examples' stated.csv has figures wrong on purpose).
report: build
	@sh scripts/sample-reports $(BUILD)

install: build
	cmake --install $(BUILD) --prefix $(PREFIX) --strip

package: build
	@rm -f $(BUILD)/boardpack_*.deb
	@$(STAGE) package "the .deb, by CPack" sh -c 'cd $(BUILD) && cpack -G DEB'
	@ls -1 $(CURDIR)/$(BUILD)/boardpack_*.deb

# ctest's output as it is, then the tests it skipped, each with its reason and what to do.
test: build web-deps
	@cd $(BUILD) && mkdir -p Testing && { ctest --output-on-failure -j $(JOBS); echo $$? >Testing/status; } | \
	  tee Testing/ctest-output.txt | tee -a "$(RUN_LOG)"; \
	  sh $(CURDIR)/scripts/skipped-tests Testing/ctest-output.txt Testing/Temporary/LastTest.log; \
	  exit $$(cat Testing/status)

test-asan: deps
	@test -f build-asan/CMakeCache.txt || $(STAGE) configure "cmake, a sanitized Debug build in build-asan/" \
	  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DBOARDPACK_SANITIZE=ON
	@$(STAGE) compile "build-asan/, $(JOBS) jobs" cmake --build build-asan -j $(JOBS)
	@cd build-asan && mkdir -p Testing && { $(SAN_ENV) ctest --output-on-failure -j $(JOBS); echo $$? >Testing/status; } | \
	  tee Testing/ctest-output.txt | tee -a "$(RUN_LOG)"; \
	  sh $(CURDIR)/scripts/skipped-tests Testing/ctest-output.txt Testing/Temporary/LastTest.log; \
	  exit $$(cat Testing/status)

# Builds the libFuzzer targets of tests/fuzz with clang, ASan and UBSan in build-fuzz/, writes
# their seed corpora and runs each for FUZZ_SECONDS. New inputs are kept in
# build-fuzz/corpus/TARGET (reused next time); a crash is saved in build-fuzz/crashes/ and stops
# the run (replay: build-fuzz/tests/fuzz/fuzz_TARGET FILE). TMPDIR is /dev/shm where it is
# writable (fuzz_data writes its files there hundreds of times a second).
fuzz:
	@$(MAKE) deps EXTRA_PACKAGES="$(FUZZ_PACKAGES)"
	@test -f build-fuzz/CMakeCache.txt || CC=clang CXX=clang++ cmake -S . -B build-fuzz \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBOARDPACK_TESTS=OFF -DBOARDPACK_FUZZ=ON
	@cmake --build build-fuzz -j $(JOBS)
	@rm -rf build-fuzz/seeds && ./build-fuzz/tests/fuzz/fuzz_seeds build-fuzz/seeds
	@mkdir -p build-fuzz/crashes
	@if [ -w /dev/shm ]; then TMPDIR=/dev/shm; export TMPDIR; fi; \
	for t in $(FUZZ_TARGETS); do \
	  mkdir -p build-fuzz/corpus/$$t; \
	  echo "== fuzz_$$t for $(FUZZ_SECONDS) s"; \
	  $(SAN_ENV) ./build-fuzz/tests/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
	    -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
	    -artifact_prefix=build-fuzz/crashes/$$t- build-fuzz/corpus/$$t build-fuzz/seeds/$$t \
	    || exit 1; \
	done

# Rewrites the visual regression references (tests/visual/ref) from the current code.
update-refs: build
	cd $(BUILD) && BOARDPACK_UPDATE_REFS=1 ./tests/visual/test_visual

format:
	clang-format -i $$(git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp' 'bench/*.cpp')

clean:
	rm -rf $(BUILD) build-asan build-fuzz out
