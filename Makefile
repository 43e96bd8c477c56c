# boardpack — two commands on a fresh Debian 12 machine (as root):
#   make        installs what is missing, builds, and writes the sample report to out/
#   make test   the same set-up, then the whole test suite
BUILD     ?= build
JOBS      ?= $(shell nproc)
LAYOUT    ?= layouts/pcc-quarterly.xml
PACKAGES  := cmake g++ make pkg-config libhpdf-dev libcairo2-dev libfreetype-dev \
             libfontconfig-dev libboost-dev libboost-test-dev poppler-utils qpdf

.PHONY: all deps configure build report test test-asan update-refs format clean

all: report

# Installs the Debian packages that are missing (nothing to do on a second run).
deps:
	@missing=""; for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" != 0 ]; then echo "run as root (or install:$$missing)"; exit 1; fi; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

configure: deps
	@test -f $(BUILD)/CMakeCache.txt || cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

report: build
	@mkdir -p out
	./$(BUILD)/boardpack build $(LAYOUT) -o out/pcc-quarterly.pdf --png out/png --dpi 60
	./$(BUILD)/boardpack build layouts/board-summary.xml -o out/board-summary.pdf --png out/summary --dpi 110
	@echo "report:        out/pcc-quarterly.pdf (previews in out/png/)"
	@echo "board summary: out/board-summary.pdf (previews in out/summary/)"

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

test-asan: deps
	@test -f build-asan/CMakeCache.txt || cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DBOARDPACK_SANITIZE=ON
	@cmake --build build-asan -j $(JOBS)
	cd build-asan && ctest --output-on-failure -j $(JOBS)

# Rewrites the visual regression references (tests/visual/ref) from the current code.
update-refs: build
	cd $(BUILD) && BOARDPACK_UPDATE_REFS=1 ./tests/visual/test_visual

format:
	clang-format -i $$(git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp' 'bench/*.cpp')

clean:
	rm -rf $(BUILD) build-asan out
