# The fuzz targets: fuzz/fuzz_<name>.cc, corpus in fuzz/corpus/<name>/,
# dictionary (if any) in fuzz/dict/<name>.dict. Read by fuzz/CMakeLists.txt
# (libFuzzer binaries) and fuzz/replay.cmake (corpus replay under CTest).
set(DYAD_FUZZ_TARGETS rules text_reader html_reader jsonl_reader extractor graph_json)
