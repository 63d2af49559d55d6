# Damaged articles through the real binary: each is read or skipped with a
# warning naming it, the summary lists every skipped input and why, and
# --strict turns any skip into a failure that writes nothing.
include(${CMAKE_CURRENT_LIST_DIR}/golden.cmake)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(A tests/data/bad-inputs/articles)

# Paths under WORK change with the build directory; goldens say WORK.
function(expect_golden_text golden text)
  string(REPLACE "${WORK}" "WORK" text "${text}")
  get_filename_component(name ${golden} NAME)
  file(WRITE ${WORK}/${name} "${text}")
  expect_golden(${golden} ${WORK}/${name})
endfunction()

run_dyad(b build ${A} -o ${WORK}/graph.json -j 2)
expect_equal("build: exit code" "0" "${b_CODE}")
expect_golden_text(${GOLDEN}/bad-articles.stdout "${b_OUT}")
expect_golden_text(${GOLDEN}/bad-articles.stderr "${b_ERR}")

# --strict: the same warnings, then the failure; no output file.
run_dyad(s build ${A} --strict -o ${WORK}/strict.json)
expect_equal("build --strict: exit code" "1" "${s_CODE}")
expect_equal("build --strict: stderr" "${b_ERR}dyad build: --strict: 6 input(s) skipped\n" "${s_ERR}")
if(EXISTS ${WORK}/strict.json)
  message(FATAL_ERROR "build --strict wrote its output despite the skipped inputs")
endif()
run_dyad(t extract ${A} --strict)
expect_equal("extract --strict: exit code" "1" "${t_CODE}")
expect_equal("extract --strict: stderr" "${b_ERR}dyad extract: --strict: 6 input(s) skipped\n" "${t_ERR}")

# The list stops at 20 skipped inputs.
file(MAKE_DIRECTORY ${WORK}/many)
foreach(i RANGE 10 34)
  file(WRITE ${WORK}/many/${i}.txt "")
endforeach()
run_dyad(m build ${WORK}/many ${A}/01-good.md -o ${WORK}/many.json)
expect_equal("25 empty files: exit code" "0" "${m_CODE}")
string(REGEX MATCH "documents:[^\n]*\n(  [^\n]*\n)*" listed "${m_OUT}")
set(expected "documents: 1 read, 25 skipped\n")
foreach(i RANGE 10 29)
  string(APPEND expected "  skipped ${WORK}/many/${i}.txt: empty file\n")
endforeach()
string(APPEND expected "  ... and 5 more\n")
expect_equal("25 empty files: summary" "${expected}" "${listed}")

# --max-doc-size: too small a limit skips the articles by name and size; a
# malformed value is a usage error.
run_dyad(x extract ${A}/01-good.md ${A}/04-latin1.txt --max-doc-size 120)
expect_equal("--max-doc-size 120: exit code" "0" "${x_CODE}")
expect_equal("--max-doc-size 120: stderr"
  "${A}/01-good.md: warning: too large: 133 bytes (the maximum document size is 120 bytes)\n${A}/04-latin1.txt: warning: 3 invalid UTF-8 sequences replaced with U+FFFD\n"
  "${x_ERR}")
foreach(bad 0 -1 12X 1.5 K 99999999999999)
  run_dyad(u build ${A} --max-doc-size ${bad})
  expect_equal("--max-doc-size ${bad}: exit code" "2" "${u_CODE}")
  expect_equal("--max-doc-size ${bad}: stderr"
    "dyad: --max-doc-size needs a positive number of bytes (or KiB, MiB, GiB with K, M, G), got '${bad}'\n" "${u_ERR}")
endforeach()
run_dyad(k build ${A}/01-good.md --max-doc-size 1K -o ${WORK}/k.json --quiet)
expect_equal("--max-doc-size 1K: exit code and stderr" "0" "${k_CODE}${k_ERR}")
