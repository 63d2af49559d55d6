# A single 100 MB line, as a scraper gone wrong writes it: over the default
# size limit (64 MiB) it is skipped by name and size, and the records after
# it are still read; under a raised limit it is read, and nothing hangs.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(MB100 104857600)
execute_process(COMMAND sh -c "head -c ${MB100} /dev/zero | tr '\\0' x > huge.txt && \
{ printf '{\"text\": \"'; cat huge.txt; printf '\"}\\n{\"id\": \"after\", \"text\": \"Peru and Chile signed a pact.\"}\\n'; } > feed.jsonl"
                WORKING_DIRECTORY ${WORK} RESULT_VARIABLE made)
expect_equal("making the 100 MB inputs" "0" "${made}")

run_dyad(j extract ${WORK}/feed.jsonl --quiet)
expect_equal("JSON Lines: exit code" "0" "${j_CODE}")
expect_equal("JSON Lines: stderr"
  "${WORK}/feed.jsonl:1: warning: too large: 104857612 bytes (the maximum document size is 67108864 bytes)\n" "${j_ERR}")
string(FIND "${j_OUT}" "\"doc_id\":\"after\"" after)
if(after EQUAL -1)
  message(FATAL_ERROR "the record after the 100 MB line was not read:\n${j_OUT}")
endif()

run_dyad(t build ${WORK}/huge.txt -o ${WORK}/t.json)
expect_equal("text: exit code" "0" "${t_CODE}")
expect_equal("text: stderr"
  "${WORK}/huge.txt: warning: too large: 104857600 bytes (the maximum document size is 67108864 bytes)\n" "${t_ERR}")

run_dyad(r build ${WORK}/huge.txt --max-doc-size 128M -o ${WORK}/r.json --quiet)
expect_equal("text under a raised limit: exit code and stderr" "0" "${r_CODE}${r_ERR}")
