# The two commands of the README:
#   make run    build the app and open it on the embedded Etelä-Savo sample
#   make test   every check and test, including the end-to-end window test
# Both install the Debian packages and Go modules they need.

GO      ?= go
BIN     := bin/verkostokartta
# FyneApp.toml migrates to fyne.Do; plain go build needs this tag to agree.
TAGS    := migrated_fynedo
GOFILES := $(shell find . -name '*.go' -not -path './bin/*')

.PHONY: run build test unit lint fuzz e2e deps-gui deps-e2e clean

run: build
	./$(BIN) $(FILE)

# Always asks go build, whose cache makes an unchanged rebuild take a second.
build: deps-gui
	$(GO) build -tags $(TAGS) -o $(BIN) ./cmd/verkostokartta

test: lint unit fuzz e2e

# Headless: Fyne's test driver (-tags ci) needs no C headers.
unit:
	CGO_ENABLED=0 $(GO) test -tags ci -count=1 ./...

lint:
	@out=$$(gofmt -l $(GOFILES)); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	CGO_ENABLED=0 $(GO) vet -tags ci ./...

# Every reader fuzzed for a short while on top of its committed seeds
# (testdata/fuzz): 3000 inputs each; FUZZTIME=5m for a longer hunt.
FUZZTIME ?= 3000x
FUZZERS := export:FuzzReadCSV export:FuzzReadXLSX export:FuzzReadGraphML export:FuzzReadGEXF workshop:FuzzDecode
fuzz:
	@mkdir -p bin; for f in $(FUZZERS); do pkg=$${f%%:*}; name=$${f#*:}; \
		echo "fuzz $$pkg $$name ($(FUZZTIME))"; \
		CGO_ENABLED=0 $(GO) test -run XXX -fuzz "^$$name\$$" -fuzztime $(FUZZTIME) ./$$pkg > bin/fuzz.log 2>&1 || { cat bin/fuzz.log; exit 1; }; \
	done

# The real app under a virtual X server: the window must appear and show something.
e2e: build deps-e2e
	VERKOSTOKARTTA_BIN=$(CURDIR)/$(BIN) $(GO) test -tags e2e -count=1 -run E2E -v ./cmd/verkostokartta

deps-gui:
	@scripts/install-deps.sh gui

deps-e2e:
	@scripts/install-deps.sh e2e

clean:
	rm -rf bin
