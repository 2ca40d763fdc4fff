# Recipe for the cleaned documents in data/: each one is the importer's output
# for a file in data/sources/ with its human title and metadata. The report
# and the three clean transcripts are imported first: their words are the
# frequency list that the ligature repair of FoU-podden (000) chooses by.
# `make data` regenerates data/*.txt; `make check-data` regenerates into
# build/data-check/ and fails when a committed file differs. A recording
# beside a source (data/sources/NNN_....mp3, .ogg, .opus, .wav) goes beside
# its document (data/recording.sh; none is committed: they are large).

DATA_SRC := data/sources
DATA_DOCS := 01-fou-podden-digitaliseringsstrategi.txt \
             02-valfardsteknik-digital-omstallning.txt \
             03-valfardsteknik-lund-e-halsokommun.txt \
             04-naravardpodden-patrik-sundstrom.txt \
             05-sweco-regional-testbadd-orebro.txt

# $(1): the folder to write the five documents into.
define data_import
	@mkdir -p $(1)
	$(IMPORTER) $(DATA_SRC)/001_bf488d36ba651aa3.txt -o $(1)/02-valfardsteknik-digital-omstallning.txt \
	  --title 'Kommunernas digitala omställning' \
	  --subtitle 'Staffan Isling och Annika Wallenskog på SKR om digitaliseringen' \
	  --series 'Podden om välfärdsteknik' --date 2021
	$(IMPORTER) $(DATA_SRC)/003_c54b9cac47753ae4.txt -o $(1)/03-valfardsteknik-lund-e-halsokommun.txt \
	  --title 'Lund, årets e-hälsokommun' \
	  --subtitle 'Anna Borgius, Lena Carlereus och Sandra West om Lunds digitala arbete' \
	  --series 'Podden om välfärdsteknik' --episode 6 --date 2021
	$(IMPORTER) $(DATA_SRC)/004_fbe466ab28e2f894.txt -o $(1)/04-naravardpodden-patrik-sundstrom.txt \
	  --title 'Digitalisering och nära vård' \
	  --subtitle 'Näravårdpodden träffar Patrik Sundström, digitaliseringschef på SKR' \
	  --series 'Näravårdpodden' --episode 52 --date 2021
	$(IMPORTER) $(DATA_SRC)/002_53d6cf93b7152e01.txt -o $(1)/05-sweco-regional-testbadd-orebro.txt \
	  --title 'En regional testbädd för välfärdsteknik' \
	  --subtitle 'Kommunernas behov i Region Örebro län, en rapport från Sweco' --date 2019
	$(IMPORTER) $(DATA_SRC)/000_20a1eb5c6125d5f1.txt -o $(1)/01-fou-podden-digitaliseringsstrategi.txt \
	  --title 'En digitaliseringsstrategi för Sörmland' \
	  --subtitle 'Kommunerna och regionen om sin gemensamma strategi' \
	  --series 'FoU-podden' --episode 85 \
	  --freq $(1)/02-valfardsteknik-digital-omstallning.txt \
	  --freq $(1)/03-valfardsteknik-lund-e-halsokommun.txt \
	  --freq $(1)/04-naravardpodden-patrik-sundstrom.txt \
	  --freq $(1)/05-sweco-regional-testbadd-orebro.txt
	@bash data/recording.sh $(DATA_SRC)/001_bf488d36ba651aa3.txt $(1)/02-valfardsteknik-digital-omstallning.txt
	@bash data/recording.sh $(DATA_SRC)/003_c54b9cac47753ae4.txt $(1)/03-valfardsteknik-lund-e-halsokommun.txt
	@bash data/recording.sh $(DATA_SRC)/004_fbe466ab28e2f894.txt $(1)/04-naravardpodden-patrik-sundstrom.txt
	@bash data/recording.sh $(DATA_SRC)/000_20a1eb5c6125d5f1.txt $(1)/01-fou-podden-digitaliseringsstrategi.txt
endef

data: $(IMPORTER)
	$(call data_import,data)

check-data: $(IMPORTER)
	@rm -rf $(BUILD)/data-check
	$(call data_import,$(BUILD)/data-check)
	@status=0; \
	for f in $(DATA_DOCS); do \
	  if ! cmp -s $(BUILD)/data-check/$$f data/$$f; then \
	    echo "check-data: data/$$f differs from what the importer makes of its source"; \
	    diff data/$$f $(BUILD)/data-check/$$f | head -n 10; status=1; \
	  fi; \
	done; \
	for f in data/*.txt; do \
	  case " $(DATA_DOCS) " in *" $${f#data/} "*) ;; *) echo "check-data: $$f has no recipe"; status=1;; esac; \
	done; \
	[ $$status = 0 ] && echo "check-data: data/*.txt match their sources"; exit $$status
