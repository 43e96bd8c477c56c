# boardpack — two commands on a fresh Debian 12 machine (as root):
#   ./setup     installs what is missing (make included; packages.txt), then runs make
#   make        installs what is missing, builds, and writes the sample report to out/
#   make test   the same set-up, then the whole test suite
#   make test-asan   the whole suite built with AddressSanitizer and UBSan (build-asan/)
#   make fuzz        the libFuzzer targets, FUZZ_SECONDS each (build-fuzz/; installs clang)
#   make install PREFIX=/usr/local   bin/, lib/boardpack/, share/boardpack/, share/man/man1/
#   make package     build/boardpack_VERSION_ARCH.deb (CPack; Depends from dpkg-shlibdeps)
#   V=1 make         the full compiler output (otherwise in BUILD/build.log, shown on failure)
BUILD     ?= build
JOBS      ?= $(shell nproc)
LAYOUT    ?= layouts/pcc-quarterly.xml
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

.PHONY: all deps configure build report test test-asan fuzz update-refs format clean install \
        package

all: report

# Installs the Debian packages that are missing (nothing to do on a second run).
# As a user, prints the sudo apt-get line to run instead.
deps:
	@sh scripts/install-packages $(EXTRA_PACKAGES)

configure: deps
	@test -f $(BUILD)/CMakeCache.txt || cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null

# The compiler output goes to $(BUILD)/build.log (shown if the build fails; V=1 shows it all).
build: configure
ifeq ($(V),1)
	@cmake --build $(BUILD) -j $(JOBS)
else
	@cmake --build $(BUILD) -j $(JOBS) >$(BUILD)/build.log 2>&1 || { cat $(BUILD)/build.log; exit 1; }
endif

# Each report prints the paths it wrote; the data warnings (the examples share data) are
# collected and printed once each at the end.
report: build
	@mkdir -p out && : >$(BUILD)/report-warnings.log
	@./$(BUILD)/boardpack build $(LAYOUT) -o out/pcc-quarterly.pdf --png out/png --dpi 60 \
	  2>>$(BUILD)/report-warnings.log || { cat $(BUILD)/report-warnings.log; exit 1; }
	@./$(BUILD)/boardpack build layouts/board-summary.xml -o out/board-summary.pdf --png out/summary --dpi 110 \
	  2>>$(BUILD)/report-warnings.log || { cat $(BUILD)/report-warnings.log; exit 1; }
	@./$(BUILD)/boardpack build layouts/council-scorecard.xml -o out/council-scorecard.pdf --png out/council --dpi 80 \
	  2>>$(BUILD)/report-warnings.log || { cat $(BUILD)/report-warnings.log; exit 1; }
	@awk '!seen[$$0]++' $(BUILD)/report-warnings.log >&2

install: build
	cmake --install $(BUILD) --prefix $(PREFIX) --strip

package: build
	cd $(BUILD) && cpack -G DEB >/dev/null && ls -1 $(CURDIR)/$(BUILD)/boardpack_*.deb

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

test-asan: deps
	@test -f build-asan/CMakeCache.txt || cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DBOARDPACK_SANITIZE=ON
	@cmake --build build-asan -j $(JOBS)
	cd build-asan && $(SAN_ENV) ctest --output-on-failure -j $(JOBS)

# Builds the libFuzzer targets of tests/fuzz with clang, ASan and UBSan in build-fuzz/, writes
# their seed corpora and runs each for FUZZ_SECONDS. New inputs are kept in
# build-fuzz/corpus/TARGET (reused next time); a crash is saved in build-fuzz/crashes/ and stops
# the run (replay: build-fuzz/tests/fuzz/fuzz_TARGET FILE).
fuzz:
	@$(MAKE) deps EXTRA_PACKAGES="$(FUZZ_PACKAGES)"
	@test -f build-fuzz/CMakeCache.txt || CC=clang CXX=clang++ cmake -S . -B build-fuzz \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBOARDPACK_TESTS=OFF -DBOARDPACK_FUZZ=ON
	@cmake --build build-fuzz -j $(JOBS)
	@rm -rf build-fuzz/seeds && ./build-fuzz/tests/fuzz/fuzz_seeds build-fuzz/seeds
	@mkdir -p build-fuzz/crashes
	@for t in $(FUZZ_TARGETS); do \
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
