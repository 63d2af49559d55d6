// HTML to article text: a forgiving, single-pass tag scanner (no DOM), so
// that broken markup costs nothing more than the bytes it spans.
#include "extract/document.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <utility>

#include "extract/text/dates.h"

namespace dyad::extract {
namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool IEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != b[i]) return false;
  }
  return true;
}

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

struct NamedEntity {
  std::string_view name;
  char32_t cp;
};

// Lower-case letters; "Eacute" is looked up as "eacute" minus 0x20 (see below).
constexpr NamedEntity kEntities[] = {
    {"amp", '&'},      {"lt", '<'},        {"gt", '>'},       {"quot", '"'},     {"apos", '\''},
    {"nbsp", 0xA0},    {"copy", 0xA9},     {"reg", 0xAE},     {"trade", 0x2122}, {"hellip", 0x2026},
    {"mdash", 0x2014}, {"ndash", 0x2013},  {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201C},
    {"rdquo", 0x201D}, {"sbquo", 0x201A},  {"bdquo", 0x201E}, {"laquo", 0xAB},   {"raquo", 0xBB},
    {"iexcl", 0xA1},   {"iquest", 0xBF},   {"middot", 0xB7},  {"bull", 0x2022},  {"deg", 0xB0},
    {"euro", 0x20AC},  {"pound", 0xA3},    {"yen", 0xA5},     {"cent", 0xA2},    {"sect", 0xA7},
    {"times", 0xD7},   {"divide", 0xF7},   {"ordf", 0xAA},    {"ordm", 0xBA},    {"ensp", 0x2002},
    {"emsp", 0x2003},  {"thinsp", 0x2009}, {"shy", 0xAD},     {"agrave", 0xE0},  {"aacute", 0xE1},
    {"acirc", 0xE2},   {"atilde", 0xE3},   {"auml", 0xE4},    {"aring", 0xE5},   {"aelig", 0xE6},
    {"ccedil", 0xE7},  {"egrave", 0xE8},   {"eacute", 0xE9},  {"ecirc", 0xEA},   {"euml", 0xEB},
    {"igrave", 0xEC},  {"iacute", 0xED},   {"icirc", 0xEE},   {"iuml", 0xEF},    {"eth", 0xF0},
    {"ntilde", 0xF1},  {"ograve", 0xF2},   {"oacute", 0xF3},  {"ocirc", 0xF4},   {"otilde", 0xF5},
    {"ouml", 0xF6},    {"oslash", 0xF8},   {"ugrave", 0xF9},  {"uacute", 0xFA},  {"ucirc", 0xFB},
    {"uuml", 0xFC},    {"yacute", 0xFD},   {"thorn", 0xFE},   {"szlig", 0xDF},   {"yuml", 0xFF},
    {"oelig", 0x153},  {"scaron", 0x161},  {"zcaron", 0x17E},
};

char32_t LookupEntity(std::string_view name) {
  if (name == "Yuml") return 0x178;
  const bool upper = !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
  for (const NamedEntity& e : kEntities) {
    if (e.name == name) return e.cp;
    if (!upper || !IEquals(name, e.name) || e.cp < 0xE0) continue;
    return e.cp < 0x100 ? e.cp - 0x20 : e.cp - 1;  // "Eacute", "AElig", "OElig", "Scaron"
  }
  return 0;
}

// Numeric references 0x80-0x9F mean Windows-1252, as browsers read them.
char32_t NumericEntity(char32_t cp) {
  static constexpr std::array<std::pair<char32_t, char32_t>, 8> k1252 = {{{0x80, 0x20AC},
                                                                          {0x85, 0x2026},
                                                                          {0x91, 0x2018},
                                                                          {0x92, 0x2019},
                                                                          {0x93, 0x201C},
                                                                          {0x94, 0x201D},
                                                                          {0x96, 0x2013},
                                                                          {0x97, 0x2014}}};
  for (const auto& [from, to] : k1252) {
    if (cp == from) return to;
  }
  if (cp == 0 || (cp >= 0x80 && cp <= 0x9F) || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return 0xFFFD;
  return cp;
}

// Decodes the reference at s[i] == '&' into *out; returns the bytes it spans,
// or 0 if it is not a reference (the '&' is then literal text).
std::size_t DecodeEntity(std::string_view s, std::size_t i, std::string* out) {
  std::size_t semi = i + 1;  // bounded: a '&' in prose must not scan the page
  while (semi < s.size() && semi - i <= 12 && s[semi] != ';') ++semi;
  if (semi >= s.size() || s[semi] != ';' || semi == i + 1) return 0;
  std::string_view body = s.substr(i + 1, semi - i - 1);
  char32_t cp = 0;
  if (body[0] == '#') {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 8) return 0;
    for (char c : digits) {
      const int v = c >= '0' && c <= '9'                        ? c - '0'
                    : hex && Lower(c) >= 'a' && Lower(c) <= 'f' ? Lower(c) - 'a' + 10
                                                                : -1;
      if (v < 0) return 0;
      cp = cp * (hex ? 16 : 10) + v;
    }
    cp = NumericEntity(cp);
  } else if ((cp = LookupEntity(body)) == 0) {
    return 0;
  }
  if (cp != 0xAD) AppendUtf8(cp, out);  // a soft hyphen is invisible
  return semi + 1 - i;
}

// Accumulates text with white space collapsed and blocks separated by "\n\n".
class TextSink {
 public:
  void Append(std::string_view raw) {
    for (std::size_t i = 0; i < raw.size(); ++i) {
      std::size_t used = 0;
      if (raw[i] == '&' && (used = DecodeEntity(raw, i, &entity_)) > 0) {
        AppendDecoded(entity_);
        entity_.clear();
        i += used - 1;
      } else {
        AppendDecoded(raw.substr(i, 1));
      }
    }
  }
  void Space() { space_ = !out_.empty() && out_.back() != '\n'; }
  void Break() {
    space_ = false;
    if (!out_.empty() && out_.back() != '\n') out_ += "\n\n";
  }
  std::string Finish() {
    while (!out_.empty() && out_.back() == '\n') out_.pop_back();
    return std::move(out_);
  }
  std::size_t size() const { return out_.size(); }

 private:
  void AppendDecoded(std::string_view bytes) {
    for (std::size_t i = 0; i < bytes.size(); ++i) {
      const bool nbsp = bytes.compare(i, 2, "\xC2\xA0") == 0;
      if (IsAsciiSpace(bytes[i]) || nbsp) {
        if (!out_.empty() && out_.back() != '\n') space_ = true;
        i += nbsp;
        continue;
      }
      if (space_) out_.push_back(' ');
      space_ = false;
      out_.push_back(bytes[i]);
    }
  }

  std::string out_;
  std::string entity_;
  bool space_ = false;
};

std::string Collapse(std::string_view raw) {
  TextSink sink;
  sink.Append(raw);
  return sink.Finish();
}

struct Tag {
  std::string name;  // lower-case
  bool end = false;
  bool self_closing = false;
  std::vector<std::pair<std::string_view, std::string_view>> attrs;  // raw names and values

  std::string Attr(std::string_view name_lower) const {
    for (const auto& [n, v] : attrs) {
      if (IEquals(n, name_lower)) return Collapse(v);
    }
    return "";
  }
};

// Parses the attributes of a tag from s[i]; returns the position after '>'.
std::size_t ParseAttributes(std::string_view s, std::size_t i, Tag* tag) {
  while (i < s.size()) {
    while (i < s.size() && IsAsciiSpace(s[i])) ++i;
    if (i >= s.size()) break;
    if (s[i] == '>') return i + 1;
    if (s[i] == '/') {
      tag->self_closing = i + 1 < s.size() && s[i + 1] == '>';
      ++i;
      continue;
    }
    const std::size_t name = i;
    while (i < s.size() && !IsAsciiSpace(s[i]) && s[i] != '=' && s[i] != '>' && s[i] != '/') ++i;
    std::string_view attr = s.substr(name, std::max<std::size_t>(i - name, 1));
    if (i == name) ++i;  // a stray '=': skip it
    std::string_view value;
    if (i < s.size() && s[i] == '=') {
      ++i;
      const char quote = i < s.size() && (s[i] == '"' || s[i] == '\'') ? s[i] : 0;
      const std::size_t start = i + (quote != 0);
      std::size_t stop = quote ? s.find(quote, start) : start;
      if (quote == 0) {
        while (stop < s.size() && !IsAsciiSpace(s[stop]) && s[stop] != '>') ++stop;
      }
      stop = std::min(stop, s.size());
      value = s.substr(start, stop - start);
      i = stop + (quote != 0);
    }
    tag->attrs.emplace_back(attr, value);
  }
  return s.size();
}

// Reads the tag at s[i] == '<'. Returns the position after it, or 0 if the
// '<' starts no tag and is literal text.
std::size_t ParseTag(std::string_view s, std::size_t i, Tag* tag) {
  tag->name.clear();
  tag->attrs.clear();
  tag->self_closing = false;
  tag->end = i + 1 < s.size() && s[i + 1] == '/';
  std::size_t p = i + 1 + tag->end;
  if (p >= s.size() || !((s[p] >= 'a' && s[p] <= 'z') || (s[p] >= 'A' && s[p] <= 'Z'))) return 0;
  while (p < s.size() && IsNameChar(s[p])) tag->name.push_back(Lower(s[p++]));
  return ParseAttributes(s, p, tag);
}

bool OneOf(std::string_view name, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

// Elements whose content is never article text. The raw ones may contain '<'
// and are skipped to their end tag at once.
bool IsRawText(std::string_view n) {
  return OneOf(n, {"script", "style", "noscript", "template", "textarea", "title", "iframe", "xmp"});
}
constexpr std::array<std::string_view, 8> kDropped = {"nav",  "aside", "footer", "header",
                                                      "form", "svg",   "button", "select"};

bool IsBlock(std::string_view n) {
  return OneOf(n,
               {"p",       "div",     "h1",      "h2",      "h3",       "h4",         "h5",     "h6",
                "li",      "ul",      "ol",      "dl",      "dt",       "dd",         "br",     "hr",
                "section", "article", "main",    "tr",      "table",    "blockquote", "figure", "figcaption",
                "pre",     "address", "details", "summary", "caption",  "body",       "center", "header",
                "footer",  "nav",     "aside",   "form",    "fieldset", "legend"});
}

// The end of raw-text content starting at `from`: the position of "</name".
std::size_t FindEndTag(std::string_view s, std::size_t from, std::string_view name) {
  for (std::size_t at = s.find("</", from); at != std::string_view::npos; at = s.find("</", at + 2)) {
    if (at + 2 + name.size() <= s.size() && IEquals(s.substr(at + 2, name.size()), name) &&
        (at + 2 + name.size() == s.size() || !IsNameChar(s[at + 2 + name.size()]))) {
      return at;
    }
  }
  return s.size();
}

// "2025-10-16T08:00:00Z" -> "2025-10-16"; a text date through ParseDate.
std::string IsoPrefix(std::string_view value) {
  auto digits = [&](std::size_t from, std::size_t n) {
    return std::all_of(value.begin() + from, value.begin() + from + n,
                       [](char c) { return c >= '0' && c <= '9'; });
  };
  if (value.size() >= 10 && digits(0, 4) && value[4] == '-' && digits(5, 2) && value[7] == '-' &&
      digits(8, 2)) {
    return std::string(value.substr(0, 10));
  }
  return ParseDate(value);
}

class HtmlReader {
 public:
  explicit HtmlReader(std::string_view html) : s_(html) {}

  HtmlPage Run() {
    std::size_t i = 0;
    while (i < s_.size()) {
      const std::size_t lt = s_.find('<', i);
      Text(s_.substr(i, std::min(lt, s_.size()) - i));
      if (lt == std::string_view::npos) break;
      i = Markup(lt);
    }
    EndArticle();
    return Finish();
  }

 private:
  // Handles the markup at s_[lt] == '<'; returns where text resumes.
  std::size_t Markup(std::size_t lt) {
    if (s_.compare(lt, 4, "<!--") == 0) {
      const std::size_t close = s_.find("-->", lt + 4);
      return close == std::string_view::npos ? s_.size() : close + 3;
    }
    if (lt + 1 < s_.size() && (s_[lt + 1] == '!' || s_[lt + 1] == '?')) {
      const std::size_t close = s_.find('>', lt);
      return close == std::string_view::npos ? s_.size() : close + 1;
    }
    const std::size_t after = ParseTag(s_, lt, &tag_);
    if (after == 0) {
      Text(s_.substr(lt, 1));
      return lt + 1;
    }
    if (tag_.end) {
      EndTag();
      return after;
    }
    StartTag();
    if (!IsRawText(tag_.name) || tag_.self_closing) return after;
    const std::size_t close = FindEndTag(s_, after, tag_.name);
    if (tag_.name == "title" && title_tag_.empty()) title_tag_ = Collapse(s_.substr(after, close - after));
    const std::size_t gt = s_.find('>', close);
    return gt == std::string_view::npos ? s_.size() : gt + 1;
  }

  void StartTag() {
    const std::string& n = tag_.name;
    Metadata();
    if (IsBlock(n)) Break();
    if (n == "td" || n == "th") Space();
    if (tag_.self_closing) return;
    if (n == "h1") ++h1_depth_;
    if (n == "main") ++main_depth_;
    if (n == "article" && article_depth_++ == 0) article_ = TextSink();
    for (std::size_t k = 0; k < kDropped.size(); ++k) dropped_[k] += n == kDropped[k];
  }

  void EndTag() {
    const std::string& n = tag_.name;
    for (std::size_t k = 0; k < kDropped.size(); ++k) {
      if (n == kDropped[k] && dropped_[k] > 0) --dropped_[k];
    }
    if (n == "h1" && h1_depth_ > 0 && --h1_depth_ == 0) h1_done_ = h1_.size() > 0;
    if (n == "main" && main_depth_ > 0) --main_depth_;
    if (n == "article" && article_depth_ > 0 && --article_depth_ == 0) EndArticle();
    if (IsBlock(n)) Break();
    if (n == "td" || n == "th") Space();
  }

  void Metadata() {
    const std::string& n = tag_.name;
    if (n == "meta") {
      std::string key = tag_.Attr("property");
      if (key.empty()) key = tag_.Attr("name");
      if (key == "og:title" && og_title_.empty()) og_title_ = tag_.Attr("content");
      if (key == "og:url" && og_url_.empty()) og_url_ = tag_.Attr("content");
      if (key == "article:published_time" && published_.empty()) published_ = IsoPrefix(tag_.Attr("content"));
    } else if (n == "link" && canonical_.empty() && IEquals(tag_.Attr("rel"), "canonical")) {
      canonical_ = tag_.Attr("href");
    } else if (n == "time" && time_.empty()) {
      time_ = IsoPrefix(tag_.Attr("datetime"));
    } else if (n == "html" && page_.lang.empty()) {
      std::string lang = tag_.Attr("lang");
      lang = lang.substr(0, lang.find_first_of("-_"));
      std::transform(lang.begin(), lang.end(), lang.begin(), Lower);
      page_.lang = lang;
    }
  }

  bool Dropped() const {
    return std::any_of(dropped_.begin(), dropped_.end(), [](int d) { return d > 0; });
  }

  template <typename Fn>
  void ToSinks(Fn fn) {
    if (Dropped()) return;
    fn(all_);
    if (main_depth_ > 0) fn(main_);
    if (article_depth_ > 0) fn(article_);
  }

  void Text(std::string_view raw) {
    if (raw.empty()) return;
    if (h1_depth_ > 0 && !h1_done_) h1_.Append(raw);  // even in a dropped <header>
    ToSinks([&](TextSink& sink) { sink.Append(raw); });
  }
  void Break() {
    if (h1_depth_ > 0) h1_.Space();
    ToSinks([](TextSink& sink) { sink.Break(); });
  }
  void Space() {
    ToSinks([](TextSink& sink) { sink.Space(); });
  }

  void EndArticle() {
    if (article_.size() > best_article_.size()) best_article_ = article_.Finish();
    article_ = TextSink();
  }

  HtmlPage Finish() {
    std::string article = std::move(best_article_);
    std::string main = main_.Finish();
    page_.text = !article.empty() ? std::move(article) : !main.empty() ? std::move(main) : all_.Finish();
    std::string h1 = h1_.Finish();
    page_.title = !og_title_.empty() ? og_title_ : !title_tag_.empty() ? title_tag_ : h1;
    page_.url = !canonical_.empty() ? canonical_ : og_url_;
    page_.date = !published_.empty() ? published_ : time_;
    return std::move(page_);
  }

  std::string_view s_;
  Tag tag_;
  HtmlPage page_;
  TextSink all_, main_, article_, h1_;
  std::string best_article_;
  std::array<int, kDropped.size()> dropped_{};
  int main_depth_ = 0;
  int article_depth_ = 0;
  int h1_depth_ = 0;
  bool h1_done_ = false;
  std::string og_title_, title_tag_, og_url_, canonical_, published_, time_;
};

}  // namespace

HtmlPage ParseHtml(std::string_view html) { return HtmlReader(html).Run(); }

}  // namespace dyad::extract
