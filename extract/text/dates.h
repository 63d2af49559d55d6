#pragma once
// Dates in article metadata, datelines and sentences, in English, French and Spanish.
#include <string>
#include <string_view>
#include <vector>

#include "extract/text/segment.h"
#include "extract/text.h"

namespace dyad::extract {

// Parses one date written as text: "October 16, 2025", "Oct. 16, 2025",
// "16 October 2025", "26 mars 2024", "le 3 février 2023", "12 de abril de 2025",
// "2025-10-16", "Friday, December 5, 2025". Returns ISO "YYYY-MM-DD" or "" when
// the whole string (trimmed) is not a date.
std::string ParseDate(std::string_view text);

// The article's date from its dateline: a "CITY, Month D, YYYY (Agency) -" or
// "Month D, YYYY —" opening of the first body paragraph, else the date line
// (or short furniture line holding a full date, "By Ana Ruiz | Oct. 16, 2025")
// nearest before the first body paragraph. "" if there is none.
std::string FindDateline(std::string_view text, const std::vector<Paragraph>& paragraphs);

// An explicit event date inside a sentence: "in June 2024" -> "2024-06",
// "en 2009" -> "2009", "in November 2024" -> "2024-11", "on 3 March 2023" ->
// "2023-03-03", "in the 19th century" -> "1800" (century start),
// "le 26 mars 2024" -> "2024-03-26", "el 12 de abril de 2025" -> "2025-04-12".
// A bare year counts only after a marker ("in", "since", "en", "depuis",
// "desde", ...): "2500 tonnes", "$1.3 billion", "60%" are not dates.
// Returns the first one found, or "".
std::string FindEventDate(std::string_view sentence);

// The same, given the sentence's tokens as the Tokenizer makes them (the
// extractor has them already; offsets may be relative to the document).
std::string FindEventDate(std::string_view sentence, const std::vector<Token>& tokens);

// Whether a folded word is a month or weekday name, written out ("march",
// "lundi", "miercoles"; not "mar" or "mon"): a capital there marks no name.
bool IsDateWord(std::string_view folded);

}  // namespace dyad::extract
