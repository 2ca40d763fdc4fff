# Recipe for the cleaned documents in data/: each one is the importer's output
# for a file in data/sources/ with its human title and metadata.
# (Filled in with the importer; `make data` regenerates, `make check-data` compares.)
data:
check-data:
