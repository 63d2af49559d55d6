# Names, titles, urls and sentences holding what breaks XML and JSON (markup
# characters, quotes, "]]>", control characters XML 1.0 forbids, U+FFFE, a
# UTF-16 surrogate) go through the real binary into every format: GraphML
# and GEXF (a build and a diff) stay valid against their schemas, JSON and
# Cytoscape.js stay valid JSON, and the text survives where XML allows it.
include(${CMAKE_CURRENT_LIST_DIR}/golden.cmake)
find_program(XMLLINT xmllint)
if(NOT XMLLINT OR NOT EXISTS ${SCHEMAS}/gexf-1.3/gexf.xsd OR NOT EXISTS ${SCHEMAS}/graphml/graphml+gephi-edge-label.xsd)
  message(STATUS "skipped: xmllint or ${SCHEMAS} not available")
  return()
endif()
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(D tests/data/bad-inputs)
run_dyad(b build ${D}/xml-articles --rules ${D}/xml-rules -o ${WORK}/g.json -o ${WORK}/g.graphml -o ${WORK}/g.gexf
         -o ${WORK}/g.cyjs -o ${WORK}/static.gexf --gexf-mode static --quiet)
expect_equal("build: exit code" "0" "${b_CODE}")
expect_equal("build: stderr"
  "${D}/xml-articles/visit.md: warning: 3 invalid UTF-8 sequences replaced with U+FFFD\n" "${b_ERR}")
run_dyad(e export ${WORK}/g.json -o ${WORK}/empty.json --since 3000 --quiet)
run_dyad(d diff ${WORK}/empty.json ${WORK}/g.json -o ${WORK}/diff.graphml -o ${WORK}/diff.gexf --quiet)
expect_equal("export and diff: exit codes" "00" "${e_CODE}${d_CODE}")

foreach(name g diff)
  xmllint_valid(${WORK}/${name}.graphml --schema ${SCHEMAS}/graphml/graphml+gephi-edge-label.xsd)
endforeach()
foreach(name g static diff)
  xmllint_valid(${WORK}/${name}.gexf --schema ${SCHEMAS}/gexf-1.3/gexf.xsd)
  xmllint_valid(${WORK}/${name}.gexf --relaxng ${SCHEMAS}/gexf-1.3/relaxng/gexf.rng)
endforeach()
execute_process(COMMAND python3 -c "import json,sys; [json.load(open(f, encoding='utf-8')) for f in sys.argv[1:]]"
                        ${WORK}/g.json ${WORK}/g.cyjs RESULT_VARIABLE code ERROR_VARIABLE err)
expect_equal("JSON and Cytoscape.js parse as JSON (${err})" "0" "${code}")

# What XML can carry is escaped, not lost; what it cannot is dropped.
file(READ ${WORK}/g.graphml graphml)
foreach(text "Xanadu &lt;Empire&gt; &amp; &quot;Sons&quot; &apos;Ltd&apos; ]]&gt;  end"
             "Ministry of &lt;script&gt;alert(&apos;&amp;amp;&apos;)&lt;/script&gt;"
             "Xanadu visited Yland ]]&gt; with &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;  words.")
  string(FIND "${graphml}" "${text}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "g.graphml lacks [${text}]")
  endif()
endforeach()
