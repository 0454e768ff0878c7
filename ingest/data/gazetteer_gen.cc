// Build-time generator of the gazetteer and of the embedded data source.
//
// Usage: kg_gazetteer_gen OUT_CPP CLDR_DIR ISO_CODES_JSON_DIR PLACE_ALIASES LEXICON...
//
// 1. Builds gazetteer.tsv (one place a line, see below) from maintained data:
//    - CLDR territory names in French and English (CLDR_DIR/main/{fr,en}.xml),
//    - CLDR subdivision names (CLDR_DIR/subdivisions/{fr,en}.xml),
//    - ISO 3166-1 names and their French translations (iso-codes JSON + the
//      iso_3166-1 gettext catalogue),
//    - GeoNames cities with coordinates, population and French names
//      (libgeonames and its geonames gettext catalogue), when built with it,
//    - curated additions and aliases (PLACE_ALIASES).
// 2. Writes OUT_CPP: a C++ source defining kg::ingest::EmbeddedFile() that
//    returns gazetteer.tsv and every LEXICON file by its base name, so the
//    library needs no data files at run time.
//
// gazetteer.tsv columns (tab-separated):
//   key  kind  parent  country  lat  lon  population  name_fr  name_en  aliases
// key: "US" (country), "US-FL" (region), "city:<geonames index>" or
// "site:<name>"; kind: country|region|city|site; parent: the key of the
// enclosing place or empty; aliases: '|'-separated other names, any language.
//
// The file has the .cc extension so that the kg_ingest library's *.cpp glob
// does not pick it up: it is a separate executable.
#include <libintl.h>
#include <pugixml.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#ifdef KG_HAVE_GEONAMES
#include <geonames.h>
#endif

namespace {

struct Place {
  std::string key, kind, parent, country;
  double lat = 0, lon = 0;
  bool has_coords = false;
  long population = 0;
  std::string name_fr, name_en;
  std::vector<std::string> aliases;
  void Alias(const std::string& a) {
    if (a.empty() || a == name_fr || a == name_en) return;
    if (std::find(aliases.begin(), aliases.end(), a) == aliases.end()) aliases.push_back(a);
  }
};

std::string Clean(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r' || c == '|') c = ' ';
  return s;
}

bool Fail(const std::string& m) {
  std::cerr << "kg_gazetteer_gen: " << m << "\n";
  return false;
}

// Territories: type -> (name, alternative names).
bool ReadTerritories(const std::string& file, std::map<std::string, Place>* places, bool french) {
  pugi::xml_document doc;
  if (!doc.load_file(file.c_str())) return Fail("cannot parse " + file);
  for (auto t : doc.select_nodes("//localeDisplayNames/territories/territory")) {
    std::string type = t.node().attribute("type").value();
    // UN M49 areas (continents and sub-regions, "150" Europe) become regions.
    bool area = type.size() == 3 && isdigit(static_cast<unsigned char>(type[0])) && type != "001";
    if (area) {
      Place& p = (*places)["M49-" + type];
      p.key = "M49-" + type;
      p.kind = "region";
      std::string name = t.node().text().get();
      if (!std::string(t.node().attribute("alt").value()).empty()) p.Alias(name);
      else (french ? p.name_fr : p.name_en) = name;
      continue;
    }
    if (type.size() != 2 || !isupper(static_cast<unsigned char>(type[0])) ||
        !isupper(static_cast<unsigned char>(type[1])))
      continue;
    if (type == "EU" || type == "EZ" || type == "UN" || type == "QO" || type == "ZZ" || type[0] == 'X') continue;
    Place& p = (*places)[type];
    p.key = type;
    p.kind = "country";
    p.country = type;
    std::string name = t.node().text().get();
    bool alt = !std::string(t.node().attribute("alt").value()).empty();
    if (alt) {
      p.Alias(name);
    } else if (french) {
      p.name_fr = name;
    } else {
      p.name_en = name;
    }
  }
  return true;
}

bool ReadSubdivisions(const std::string& file, std::map<std::string, Place>* places, bool french) {
  pugi::xml_document doc;
  if (!doc.load_file(file.c_str())) return Fail("cannot parse " + file);
  for (auto t : doc.select_nodes("//subdivisions/subdivision")) {
    std::string type = t.node().attribute("type").value();
    if (type.size() < 3) continue;
    std::string cc = type.substr(0, 2);
    for (char& c : cc) c = static_cast<char>(toupper(static_cast<unsigned char>(c)));
    if (!places->count(cc)) continue;  // e.g. subdivisions of dependencies not named as territories
    std::string code = type.substr(2);
    for (char& c : code) c = static_cast<char>(toupper(static_cast<unsigned char>(c)));
    std::string key = cc + "-" + code;
    Place& p = (*places)[key];
    p.key = key;
    p.kind = "region";
    p.parent = cc;
    p.country = cc;
    (french ? p.name_fr : p.name_en) = t.node().text().get();
  }
  return true;
}

bool ReadIsoCodes(const std::string& dir, std::map<std::string, Place>* places) {
  std::ifstream in(dir + "/iso_3166-1.json");
  if (!in) return Fail("cannot open " + dir + "/iso_3166-1.json");
  nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
  if (j.is_discarded() || !j.contains("3166-1")) return Fail("cannot parse iso_3166-1.json");
  for (const auto& c : j["3166-1"]) {
    std::string cc = c.value("alpha_2", "");
    auto it = places->find(cc);
    if (it == places->end()) continue;
    for (const char* field : {"name", "common_name", "official_name"}) {
      if (!c.contains(field)) continue;
      std::string en = c[field].get<std::string>();
      it->second.Alias(en);
      setenv("LANGUAGE", "fr", 1);
      std::string fr = dgettext("iso_3166-1", en.c_str());
      it->second.Alias(fr);
    }
  }
  return true;
}

#ifdef KG_HAVE_GEONAMES
// Prints "index<TAB>name" for every city in the current message language.
// libgeonames translates once per process, so each language is read by a
// child process (see ReadCities).
int DumpCityNames() {
  std::setlocale(LC_ALL, "C.UTF-8");
  int n = geonames_get_n_cities();
  for (int i = 0; i < n; ++i) {
    GeonamesCity* c = geonames_get_city(i);
    if (!c) continue;
    const char* name = geonames_city_get_name(c);
    std::printf("%d\t%s\n", i, name ? Clean(name).c_str() : "");
    geonames_city_free(c);
  }
  return 0;
}

bool ReadCities(const char* self, std::map<std::string, Place>* places) {
  // (country, English subdivision name) -> region key, to link cities.
  std::map<std::pair<std::string, std::string>, std::string> regions;
  for (const auto& [k, p] : *places)
    if (p.kind == "region" && !p.name_en.empty()) regions[{p.country, p.name_en}] = k;
  int n = geonames_get_n_cities();
  std::vector<Place> cities(static_cast<size_t>(n));
  setenv("LANGUAGE", "en", 1);
  for (int i = 0; i < n; ++i) {
    GeonamesCity* c = geonames_get_city(i);
    if (!c) continue;
    Place& p = cities[static_cast<size_t>(i)];
    p.key = "city:" + std::to_string(i);
    p.kind = "city";
    p.country = geonames_city_get_country_code(c) ? geonames_city_get_country_code(c) : "";
    p.lat = geonames_city_get_latitude(c);
    p.lon = geonames_city_get_longitude(c);
    p.has_coords = true;
    p.population = geonames_city_get_population(c);
    p.name_en = geonames_city_get_name(c) ? Clean(geonames_city_get_name(c)) : "";
    std::string state = geonames_city_get_state(c) ? geonames_city_get_state(c) : "";
    auto r = regions.find({p.country, state});
    p.parent = r != regions.end() ? r->second : (places->count(p.country) ? p.country : "");
    geonames_city_free(c);
  }
  std::string cmd = std::string("LANGUAGE=fr '") + self + "' --dump-city-names";
  FILE* f = popen(cmd.c_str(), "r");
  if (!f) return Fail("cannot run " + cmd);
  char line[4096];
  while (std::fgets(line, sizeof line, f)) {
    std::string s(line);
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
    auto tab = s.find('\t');
    if (tab == std::string::npos) continue;
    int i = std::atoi(s.substr(0, tab).c_str());
    if (i >= 0 && i < n) cities[static_cast<size_t>(i)].name_fr = s.substr(tab + 1);
  }
  if (pclose(f) != 0) return Fail("'" + cmd + "' failed");
  for (auto& p : cities) {
    if (p.key.empty() || p.name_en.empty()) continue;
    if (p.name_fr == p.name_en) p.name_fr.clear();
    (*places)[p.key] = std::move(p);
  }
  return true;
}
#endif

// PLACE_ALIASES lines: "alias<TAB>target" where target is a key ("US-DC",
// "RU") or an English name of a place (the most populous match), or
// "site<TAB>key<TAB>name_fr<TAB>name_en<TAB>parent" to add a place.
bool ReadAliases(const std::string& file, std::map<std::string, Place>* places) {
  std::ifstream in(file);
  if (!in) return Fail("cannot open " + file);
  std::map<std::string, std::string> by_en;  // English name -> key of the most populous
  for (const auto& [k, p] : *places) {
    auto it = by_en.find(p.name_en);
    if (it == by_en.end() || (*places)[it->second].population < p.population) by_en[p.name_en] = k;
  }
  std::string line;
  int no = 0;
  while (std::getline(in, line)) {
    ++no;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string x;
    while (std::getline(ss, x, '\t')) f.push_back(x);
    if (f.size() >= 5 && (f[0] == "site" || f[0] == "region" || f[0] == "city")) {
      Place& p = (*places)[f[1]];
      p.key = f[1];
      p.kind = f[0];
      p.name_fr = f[2];
      p.name_en = f[3];
      p.parent = f[4];
      auto par = places->find(f[4]);
      p.country = par != places->end() ? par->second.country : "";
      for (size_t i = 5; i < f.size(); ++i) p.Alias(f[i]);
      continue;
    }
    if (f.size() != 2) return Fail(file + ":" + std::to_string(no) + ": expected 'alias<TAB>target'");
    std::string key = places->count(f[1]) ? f[1] : (by_en.count(f[1]) ? by_en[f[1]] : "");
    if (key.empty()) {
      std::cerr << "kg_gazetteer_gen: warning: " << file << ":" << no << ": unknown place '" << f[1] << "'\n";
      continue;
    }
    (*places)[key].aliases.insert((*places)[key].aliases.begin(), f[0]);  // curated aliases first
  }
  return true;
}

bool Embed(const std::string& out_cpp, const std::vector<std::pair<std::string, std::string>>& files) {
  std::ofstream out(out_cpp + ".tmp", std::ios::binary);
  out << "// Generated by ingest/data/gazetteer_gen.cc: do not edit.\n"
         "#include \"ingest/data_files.h\"\n\nnamespace kg::ingest {\nnamespace {\n";
  const std::string delim = "kgdata";
  for (size_t i = 0; i < files.size(); ++i) {
    const std::string& data = files[i].second;
    if (data.find(")" + delim + "\"") != std::string::npos) return Fail(files[i].first + ": holds the delimiter");
    out << "const char kFile" << i << "[] =\n";
    if (data.empty()) out << "\"\"";
    for (size_t off = 0; off < data.size(); off += 60000) {
      // Cut on a line boundary so that no UTF-8 sequence is split needlessly.
      size_t end = std::min(data.size(), off + 60000);
      out << "R\"" << delim << "(" << data.substr(off, end - off) << ")" << delim << "\"\n";
    }
    out << ";\n";
  }
  out << "}  // namespace\n\nstd::string_view EmbeddedFile(std::string_view name) {\n";
  for (size_t i = 0; i < files.size(); ++i)
    out << "  if (name == \"" << files[i].first << "\") return {kFile" << i << ", sizeof kFile" << i << " - 1};\n";
  out << "  return {};\n}\n\n}  // namespace kg::ingest\n";
  out.close();
  if (!out) return Fail("cannot write " + out_cpp);
  return std::rename((out_cpp + ".tmp").c_str(), out_cpp.c_str()) == 0 || Fail("cannot rename " + out_cpp);
}

}  // namespace

int main(int argc, char** argv) {
#ifdef KG_HAVE_GEONAMES
  if (argc == 2 && std::string(argv[1]) == "--dump-city-names") return DumpCityNames();
#endif
  if (argc < 5) {
    std::cerr << "usage: kg_gazetteer_gen OUT_CPP CLDR_DIR ISO_CODES_JSON_DIR PLACE_ALIASES LEXICON...\n";
    return 2;
  }
  std::setlocale(LC_ALL, "C.UTF-8");
  bind_textdomain_codeset("iso_3166-1", "UTF-8");
  bind_textdomain_codeset("geonames", "UTF-8");
  std::string cldr = argv[2];
  std::map<std::string, Place> places;
  if (!ReadTerritories(cldr + "/main/en.xml", &places, false) || !ReadTerritories(cldr + "/main/fr.xml", &places, true) ||
      !ReadSubdivisions(cldr + "/subdivisions/en.xml", &places, false) ||
      !ReadSubdivisions(cldr + "/subdivisions/fr.xml", &places, true) || !ReadIsoCodes(argv[3], &places))
    return 1;
#ifdef KG_HAVE_GEONAMES
  if (!ReadCities(argv[0], &places)) return 1;
#else
  std::cerr << "kg_gazetteer_gen: warning: built without libgeonames: no cities in the gazetteer\n";
#endif
  if (!ReadAliases(argv[4], &places)) return 1;
  std::ostringstream tsv;
  tsv.precision(6);
  for (auto& [k, p] : places) {
    if (p.name_en.empty() && p.name_fr.empty()) continue;
    if (p.name_en.empty()) p.name_en = p.name_fr;
    if (p.name_fr.empty()) p.name_fr = p.name_en;
    tsv << Clean(p.key) << '\t' << p.kind << '\t' << p.parent << '\t' << p.country << '\t';
    if (p.has_coords) tsv << std::fixed << p.lat << '\t' << p.lon << '\t';
    else tsv << "\t\t";
    tsv << p.population << '\t' << Clean(p.name_fr) << '\t' << Clean(p.name_en) << '\t';
    for (size_t i = 0; i < p.aliases.size(); ++i) tsv << (i ? "|" : "") << Clean(p.aliases[i]);
    tsv << '\n';
  }
  std::vector<std::pair<std::string, std::string>> files = {{"gazetteer.tsv", tsv.str()}};
  for (int i = 5; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) return Fail(std::string("cannot open ") + argv[i]) ? 0 : 1;
    std::stringstream ss;
    ss << in.rdbuf();
    std::string name = argv[i];
    name = name.substr(name.find_last_of('/') + 1);
    files.emplace_back(name, ss.str());
  }
  return Embed(argv[1], files) ? 0 : 1;
}
