#include "graph/partial_date.h"

#include <cstdio>

namespace dyad::graph {
namespace {

struct Ymd {
  int year = 0;
  int month = 0;  // 0: not given
  int day = 0;    // 0: not given
};

bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

// Reads `width` ASCII digits at text[pos]; -1 if they are not all digits.
int Digits(const std::string& text, std::size_t pos, std::size_t width) {
  int value = 0;
  for (std::size_t i = pos; i < pos + width; ++i) {
    if (i >= text.size() || text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

bool Parse(const std::string& text, Ymd* out) {
  const std::size_t n = text.size();
  if (n != 4 && n != 7 && n != 10) return false;
  if ((n >= 7 && text[4] != '-') || (n == 10 && text[7] != '-')) return false;
  out->year = Digits(text, 0, 4);
  out->month = n >= 7 ? Digits(text, 5, 2) : 0;
  out->day = n == 10 ? Digits(text, 8, 2) : 0;
  if (out->year < 1 || out->month < 0 || out->day < 0) return false;
  if (n >= 7 && (out->month < 1 || out->month > 12)) return false;
  return n < 10 || (out->day >= 1 && out->day <= DaysInMonth(out->year, out->month));
}

std::string Format(int year, int month, int day) {
  // Callers pass a parsed date: year 1..9999, month 1..12, day 1..31.
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

}  // namespace

bool IsPartialDate(const std::string& date) {
  Ymd ymd;
  return Parse(date, &ymd);
}

std::string FirstDay(const std::string& date) {
  Ymd d;
  if (!Parse(date, &d)) return "";
  return Format(d.year, d.month == 0 ? 1 : d.month, d.day == 0 ? 1 : d.day);
}

std::string LastDay(const std::string& date) {
  Ymd d;
  if (!Parse(date, &d)) return "";
  const int month = d.month == 0 ? 12 : d.month;
  return Format(d.year, month, d.day == 0 ? DaysInMonth(d.year, month) : d.day);
}

std::string DayBefore(const std::string& day) {
  Ymd d;
  if (!Parse(day, &d) || d.day == 0) return "";
  if (d.day > 1) return Format(d.year, d.month, d.day - 1);
  if (d.month > 1) return Format(d.year, d.month - 1, DaysInMonth(d.year, d.month - 1));
  return d.year > 1 ? Format(d.year - 1, 12, 31) : "";
}

}  // namespace dyad::graph
