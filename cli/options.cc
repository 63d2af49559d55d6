#include "cli/options.h"

#include <algorithm>

namespace dyad::cli {
namespace {

bool Contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

}  // namespace

bool ParsedArgs::Has(const std::string& option) const {
  return values.count(option) > 0 || flags.count(option) > 0;
}

std::string ParsedArgs::Get(const std::string& option, const std::string& fallback) const {
  auto it = values.find(option);
  return it == values.end() || it->second.empty() ? fallback : it->second.back();
}

const std::vector<std::string>& ParsedArgs::All(const std::string& option) const {
  static const std::vector<std::string> kNone;
  auto it = values.find(option);
  return it == values.end() ? kNone : it->second;
}

bool ParseArgs(const std::vector<std::string>& args, const OptionSpec& spec, ParsedArgs* out,
               std::string* error) {
  bool options_done = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string arg = args[i];
    if (options_done || arg == "-" || arg.empty() || arg[0] != '-') {
      out->positional.push_back(arg);
      continue;
    }
    if (arg == "--") {
      options_done = true;
      continue;
    }
    std::string value;
    bool inline_value = false;
    if (auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
      value = arg.substr(eq + 1);
      arg = arg.substr(0, eq);
      inline_value = true;
    } else if (arg.size() > 2 && arg[1] != '-' && Contains(spec.with_value, arg.substr(0, 2))) {
      value = arg.substr(2);  // a short option's value attached, as in getopt: -j4
      arg = arg.substr(0, 2);
      inline_value = true;
    }
    if (Contains(spec.flags, arg)) {
      if (inline_value) return *error = "option '" + arg + "' takes no value", false;
      out->flags[arg] = true;
    } else if (Contains(spec.with_value, arg)) {
      if (!inline_value) {
        if (i + 1 >= args.size()) return *error = "option '" + arg + "' needs a value", false;
        value = args[++i];
      }
      if (out->values.count(arg) && !Contains(spec.repeatable, arg)) {
        return *error = "option '" + arg + "' given twice", false;
      }
      out->values[arg].push_back(value);
    } else {
      return *error = "unknown option '" + arg + "'", false;
    }
  }
  return true;
}

}  // namespace dyad::cli
