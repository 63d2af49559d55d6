#pragma once
// Dates as dyad stores them: partial ISO dates (YYYY, YYYY-MM or YYYY-MM-DD),
// because articles often say only "in 2009" or "in June 2024".
#include <string>

namespace dyad::graph {

// True if date is YYYY, YYYY-MM or YYYY-MM-DD with year 0001-9999, a real
// month and a real day of that month ("2023-02-29" is not a date).
bool IsPartialDate(const std::string& date);

// The first and the last day a valid partial date covers, as YYYY-MM-DD:
// "2024" -> "2024-01-01" / "2024-12-31", "2024-02" -> "2024-02-01" / "2024-02-29".
std::string FirstDay(const std::string& date);
std::string LastDay(const std::string& date);

// The day before a valid YYYY-MM-DD date ("2024-03-01" -> "2024-02-29").
std::string DayBefore(const std::string& day);

}  // namespace dyad::graph
