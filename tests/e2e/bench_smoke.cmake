# The benchmark corpus generator (bench/gen_corpus.cc) is deterministic, and
# `dyad extract` reads what it writes: JSON Lines and a directory of .txt
# files. No timing here; bench/run_bench.sh measures.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})

function(generate prefix)
  execute_process(COMMAND ${GEN} --seed 42 ${ARGN} RESULT_VARIABLE code OUTPUT_QUIET ERROR_VARIABLE err)
  expect_equal("dyad_gen_corpus ${ARGN}: exit code (stderr: ${err})" "0" "${code}")
endfunction()

# Counts the matches of regex in text.
function(count_matches regex text out)
  string(REGEX MATCHALL "${regex}" matches "${text}")
  list(LENGTH matches n)
  set(${out} ${n} PARENT_SCOPE)
endfunction()

# Same seed and size, same bytes.
generate(a --size 1M -o ${WORK}/a.jsonl)
generate(b --size 1M -o ${WORK}/b.jsonl)
expect_same_file(${WORK}/a.jsonl ${WORK}/b.jsonl)
expect_same_file(${WORK}/a.jsonl.stats ${WORK}/b.jsonl.stats)

# Every output line is one evidence object; all four modalities occur, since
# the generator writes asserted, negated, hedged and denied cue sentences.
run_dyad(x extract ${WORK}/a.jsonl -j 2)
expect_equal("extract: exit code" "0" "${x_CODE}")
expect_equal("extract: stderr" "" "${x_ERR}")
count_matches("\n" "${x_OUT}" lines)
count_matches("(^|\n){\"doc_id\":\"gen-42-" "${x_OUT}" starts)
count_matches("}\n" "${x_OUT}" ends)
if(lines LESS 100)
  message(FATAL_ERROR "extract: expected at least 100 evidence records from 1 MB, got ${lines}")
endif()
expect_equal("extract: records starting with {\"doc_id\":\"gen-42-" "${lines}" "${starts}")
expect_equal("extract: records ending with }" "${lines}" "${ends}")
foreach(modality asserted negated hedged denied)
  string(FIND "${x_OUT}" "\"modality\":\"${modality}\"" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "extract: no record with modality ${modality}")
  endif()
endforeach()

# The .txt layout reads too.
generate(t --size 40K --format txt -o ${WORK}/txt)
run_dyad(y extract ${WORK}/txt)
expect_equal("extract of txt/: exit code" "0" "${y_CODE}")
expect_equal("extract of txt/: stderr" "" "${y_ERR}")
