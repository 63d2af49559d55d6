#pragma once
// Command-line parsing: positional arguments and --options, per command.
#include <map>
#include <string>
#include <vector>

namespace dyad::cli {

// What a command accepts: options that take a value and options that do not.
struct OptionSpec {
  std::vector<std::string> with_value;  // "-o", "--format", ...
  std::vector<std::string> flags;       // "--help", "--strict", ...
  std::vector<std::string> repeatable;  // options that may be given more than once
};

struct ParsedArgs {
  std::vector<std::string> positional;
  std::map<std::string, std::vector<std::string>> values;  // option -> values, in order
  std::map<std::string, bool> flags;

  bool Has(const std::string& option) const;
  // The option's last value, or `fallback`.
  std::string Get(const std::string& option, const std::string& fallback = "") const;
  const std::vector<std::string>& All(const std::string& option) const;
};

// Parses args (without the program and command names). On a usage error
// returns false with *error like "unknown option '--foo'". "--opt=value" and
// "--opt value" are both accepted; "-" alone is positional; "--" ends options.
bool ParseArgs(const std::vector<std::string>& args, const OptionSpec& spec, ParsedArgs* out,
               std::string* error);

}  // namespace dyad::cli
