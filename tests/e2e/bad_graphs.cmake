# Damaged graph files: each command that reads one (export, diff, update,
# merge) stops with exit code 1 and one clear message naming the file, and
# an update never damages the graph it starts from.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
file(READ ${GOLDEN}/seeds.json seeds)

file(WRITE ${WORK}/not-json.json "GraphML? <graphml>\n")
# Cut inside a string, as a copy interrupted mid-file leaves it.
file(WRITE ${WORK}/truncated.json "{\n  \"directed\": true,\n  \"multigraph\": true,\n  \"graph\": {\"format\": \"dyad-gr")
string(REPLACE "\"dyad-graph/1\"" "\"dyad-graph/2\"" version2 "${seeds}")
file(WRITE ${WORK}/version2.json "${version2}")
string(REPLACE "\"source\": \"CHL\"" "\"source\": \"GONE\"" dangling "${seeds}")
file(WRITE ${WORK}/dangling.json "${dangling}")
file(WRITE ${WORK}/empty.json "")

set(cases
  "not-json|not-json.json:1:1: invalid JSON: Invalid value."
  "truncated|truncated.json:4:31: invalid JSON: Missing a closing quotation mark in string."
  "version2|version2.json: unsupported graph format 'dyad-graph/2' (expected 'dyad-graph/1')"
  "dangling|dangling.json: link 2 refers to missing node 'GONE'"
  "empty|empty.json:1:1: invalid JSON: The document is empty.")
foreach(c IN LISTS cases)
  string(FIND "${c}" "|" bar)
  string(SUBSTRING "${c}" 0 ${bar} name)
  math(EXPR bar "${bar} + 1")
  string(SUBSTRING "${c}" ${bar} -1 message)
  set(g ${WORK}/${name}.json)
  file(READ ${g} before)
  run_dyad(e export ${g} -o ${WORK}/${name}.gexf)
  run_dyad(d diff ${GOLDEN}/seeds.json ${g})
  run_dyad(m merge ${GOLDEN}/seeds.json ${g} -o ${WORK}/${name}-merged.json)
  run_dyad(u update ${g} seeds/000-china-peru-military-delegation.md -o ${g})
  foreach(r e d m u)
    expect_equal("${name}: ${r} exit code" "1" "${${r}_CODE}")
    expect_equal("${name}: ${r} stderr" "${WORK}/${message}\n" "${${r}_ERR}")
  endforeach()
  file(READ ${g} after)
  expect_equal("${name}: the file update started from" "${before}" "${after}")
  foreach(out ${name}.gexf ${name}-merged.json)
    if(EXISTS ${WORK}/${out})
      message(FATAL_ERROR "${out} was written from a damaged graph")
    endif()
  endforeach()
endforeach()
