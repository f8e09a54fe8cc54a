# Huisrooster: two commands set everything up on a fresh Debian machine.
#   make run   installs what is missing, builds and starts the app
#   make test  vet plus every test, headless, with the race detector

export PATH := $(PATH):/usr/local/go/bin:$(HOME)/go/bin
# Fyne logs an error under LANG=C; any valid locale will do.
export LANG ?= nl_NL.UTF-8
ifeq ($(LANG),C)
override LANG := C.UTF-8
endif

BIN     := huisrooster
VERSION := $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)
# no_emoji: Fyne then does not parse its colour-emoji font once per text
# style (regular, bold, italic, …): the app shows no emoji, and it saves about
# 13 MB of heap and 20 MB of RSS (make measure).
BUILDTAGS := no_emoji

.PHONY: run test build deps vet bench bench-curtois bench-generated fuzz clean measure
.PHONY: package package-deps package-linux package-windows package-check package-smoke

run: deps build
	./$(BIN) $(ARGS)

deps:
	@bash .ci/install-deps.sh

build:
	go build -tags "$(BUILDTAGS)" -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/huisrooster

vet:
	go vet -tags ci ./...

# -timeout: the planner's property tests under the race detector take 4-8
# minutes on a 2-core machine, close to go test's default of 10 per package.
test: vet
	go test -tags ci -race -count=1 -timeout 30m ./...

# Start-up time and memory against a Fyne hello world (scripts/measure.sh).
measure:
	@bash scripts/measure.sh

bench:
	go test -tags ci -run '^$$' -bench . -benchmem ./...

# The README's Curtois table: every public instance, 60 s each, two at a time
# (scripts/bench-curtois.sh; SECONDS_PER, PARALLEL, WORKERS, SEED).
bench-curtois: build
	@bash scripts/bench-curtois.sh

# The README's table of generated instances beside it: the fixed seeded set
# of every shape (curtois.GeneratedShapes), 60 s each, two at a time.
bench-generated: build
	@bash scripts/bench-curtois.sh generated

# Runs every fuzz target for a short while (FUZZTIME=30s for longer).
FUZZTIME ?= 10s
fuzz:
	@for pkg in $$(go list ./...); do \
	  for f in $$(go test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz'); do \
	    echo "== $$pkg $$f"; go test -tags ci -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

clean:
	rm -f $(BIN)

# Installable artefacts in dist/ (README: "Installeren / Installing"):
#   dist/huisrooster-<versie>-linux-amd64.tar.xz  fyne package, with a Makefile
#                                                  for (sudo) make install / make user-install
#   dist/huisrooster-<versie>-windows-amd64.exe   windowed, icon and version resource
# <versie> is Version in FyneApp.toml. package-smoke starts the .exe under wine.
package: package-deps package-linux package-windows package-check

package-deps:
	@HUISROOSTER_WITH_PACKAGING=1 bash .ci/install-deps.sh

package-linux:
	@bash .ci/package.sh linux

package-windows:
	@bash .ci/package.sh windows

package-check:
	@bash .ci/package.sh check

package-smoke:
	@bash .ci/package.sh smoke
