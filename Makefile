# The two commands of the README: `make` builds the sample site into Public/, `make test` runs the tests.
SWIFT ?= swift
MUJAZ = .build/release/mujaz

.PHONY: site test deps release serve golden fuzz fuzz-smoke

site: release
	$(MUJAZ) build --root .

release: deps
	$(SWIFT) build -c release --product mujaz

test: deps
	@scripts/install-deps.sh --test
	$(SWIFT) test

serve: release
	$(MUJAZ) serve --root .

deps:
	@scripts/install-deps.sh

# Every fuzz target for 60 s (docs/fuzzing.md); `scripts/fuzz.sh SECONDS TARGET…` for other runs.
fuzz:
	scripts/fuzz.sh 60

# What CI runs after the tests: every fuzz target, built in debug mode (it builds faster), for 5 s.
fuzz-smoke:
	FUZZ_CONFIG=debug scripts/fuzz.sh 5

# Writes the golden pages of Tests/SiteBuilderTests/GoldenPages anew after a deliberate change to the output.
golden: deps
	MUJAZ_RECORD_GOLDEN=1 $(SWIFT) test --filter GoldenPageTests
