# The two commands of the README: `make` builds the sample site into Public/, `make test` runs the tests.
SWIFT ?= swift
MUJAZ = .build/release/mujaz

.PHONY: site test deps release serve golden screenshots

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

# Writes the golden pages and fragments of Tests/SiteBuilderTests/GoldenPages and GoldenFragments anew after a
# deliberate change to the output.
golden: deps
	MUJAZ_RECORD_GOLDEN=1 $(SWIFT) test --filter 'GoldenPageTests|MentionTimelineTests|InlineEntityLinksTests'

# Screenshots of every kind of page (desktop, mobile, dark) into docs/screenshots/.
screenshots: release
	scripts/screenshots.sh
