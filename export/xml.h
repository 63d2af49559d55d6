#pragma once
// XML text escaping shared by the GraphML and GEXF writers.
#include <string>
#include <string_view>

namespace dyad::exporters {

// Escapes &, <, >, " and ' (so the result is safe in text and in attribute
// values), writes CR as "&#13;" so it survives XML end-of-line handling, and
// drops the characters XML 1.0 forbids (C0 controls other than tab, LF and
// CR; U+FFFE, U+FFFF; invalid UTF-8 bytes).
std::string XmlEscape(std::string_view text);

}  // namespace dyad::exporters
