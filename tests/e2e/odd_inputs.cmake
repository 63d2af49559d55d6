# The smaller promises of README "Bad input": symlinked folders inside an
# input folder, FIFOs and pipes as inputs, a NUL byte in one JSON Lines
# record, and `explain` showing an article's terminal escapes as text.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/in/sub ${WORK}/other)
file(WRITE ${WORK}/in/sub/a.txt "Peru met with Chile on Monday.\n")
file(WRITE ${WORK}/other/b.txt "Peru met with Bolivia on Monday.\n")
file(CREATE_LINK ../../other ${WORK}/in/sub/link SYMBOLIC)
file(CREATE_LINK .. ${WORK}/in/sub/loop SYMBOLIC)
file(CREATE_LINK ${WORK}/nowhere ${WORK}/in/sub/broken SYMBOLIC)
execute_process(COMMAND mkfifo ${WORK}/in/sub/fifo)

# A symlinked folder is followed once; a loop and other entries are named.
run_dyad(dir build ${WORK}/in -o ${WORK}/dir.json --quiet)
expect_equal("folder: exit code" "0" "${dir_CODE}")
expect_equal("folder: warnings"
             "${WORK}/in/sub/broken: warning: broken symlink\n${WORK}/in/sub/fifo: warning: not a regular file\n${WORK}/in/sub/loop: warning: symlink to a folder already read: not followed\n"
             "${dir_ERR}")
file(READ ${WORK}/dir.json g)
string(REGEX MATCHALL "\"id\":\"[ab]\"" ids "${g}")
expect_equal("folder: documents" "\"id\":\"a\";\"id\":\"b\"" "${ids}")

# A pipe (`<(cat file)`) and a FIFO with a writer are read like the file;
# a FIFO with no writer is an empty input at once, not a hang.
run_dyad(ref build ${WORK}/other/b.txt -o ${WORK}/ref.json --quiet)
execute_process(COMMAND bash -c "exec '${DYAD}' build <(cat '${WORK}/other/b.txt') -o '${WORK}/pipe.json' --quiet"
                RESULT_VARIABLE code ERROR_VARIABLE err)
expect_equal("pipe: exit code and stderr" "0:" "${code}:${err}")
execute_process(COMMAND bash -c "mkfifo '${WORK}/f.txt' && (cat '${WORK}/other/b.txt' > '${WORK}/f.txt' &) && exec '${DYAD}' build '${WORK}/f.txt' -o '${WORK}/fifo.json' --quiet"
                RESULT_VARIABLE code ERROR_VARIABLE err TIMEOUT 20)
expect_equal("fifo: exit code and stderr" "0:" "${code}:${err}")
file(READ ${WORK}/ref.json ref)
foreach(out pipe fifo)
  file(READ ${WORK}/${out}.json got)
  string(REGEX REPLACE "\"(id|doc_id|source)\":\"[^\"]*\"" "" got "${got}")
  string(REGEX REPLACE "\"(id|doc_id|source)\":\"[^\"]*\"" "" want "${ref}")
  expect_equal("${out}: graph (ids aside)" "${want}" "${got}")
endforeach()
execute_process(COMMAND mkfifo ${WORK}/lonely.txt)
execute_process(COMMAND ${DYAD} build ${WORK}/lonely.txt -o ${WORK}/lonely.json --quiet
                RESULT_VARIABLE code ERROR_VARIABLE err TIMEOUT 20)
expect_equal("fifo without writer" "0:${WORK}/lonely.txt: warning: empty file\n" "${code}:${err}")

# One NUL byte skips its record only, named by line; the others are read.
string(ASCII 1 one)
file(WRITE ${WORK}/n.jsonl "{\"id\":\"a\",\"text\":\"Peru met with Chile on Monday.\"}\n{\"id\":\"b\",\"text\":\"Peru met@NUL@ with Bolivia.\"}\n{\"id\":\"c\",\"text\":\"Chile met with Bolivia on Monday.\"}\n")
execute_process(COMMAND sed -i "s/@NUL@/\\x00/" ${WORK}/n.jsonl)
run_dyad(nul build ${WORK}/n.jsonl -o ${WORK}/nul.json --quiet)
expect_equal("NUL record: exit code" "0" "${nul_CODE}")
expect_equal("NUL record: warning" "${WORK}/n.jsonl:2: warning: binary record (NUL byte at column 27)\n" "${nul_ERR}")
file(READ ${WORK}/nul.json g)
string(REGEX MATCHALL "\"id\":\"[abc]\"" ids "${g}")
expect_equal("NUL record: documents" "\"id\":\"a\";\"id\":\"c\"" "${ids}")

# explain writes control characters of the text as \xHH.
string(ASCII 27 esc)
string(ASCII 7 bel)
file(WRITE ${WORK}/e.txt "Peru met with Chile ${esc}[31mon Monday${esc}[0m.${bel}\n")
run_dyad(explain explain ${WORK}/e.txt)
string(REGEX MATCH "skipped headline[^\n]*" line "${explain_OUT}")
expect_equal("explain" "skipped headline 0-40  \"Peru met with Chile \\x1b[31mon Monday\\x1b[0m.\\x07\"" "${line}")
