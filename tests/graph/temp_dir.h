// A scratch folder for the graph tests: made fresh under /tmp, removed with
// everything in it when the object goes.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace kg::testing {

struct TempDir {
  std::string path;
  TempDir() {
    char t[] = "/tmp/kg-graph-test-XXXXXX";
    path = mkdtemp(t);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // The path of `name` inside the folder.
  std::string Sub(const std::string& name) const { return path + "/" + name; }
  // Writes `text` to `name` inside the folder; returns its path.
  std::string Write(const std::string& name, const std::string& text) const {
    std::string p = Sub(name);
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }
};

}  // namespace kg::testing
