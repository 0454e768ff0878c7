// `kg serve`: the HTTP API of interfaces.md.
//
//   GET  /health  -> 200 {"status":"ok"}
//   POST /query   {"query": "...", "parameters": {...}} -> 200 result JSON, or
//                 400 {"error": {"kind","message","line","column"}} for a user error,
//                 500 for an internal one
//   POST /ingest  an article as JSON -> 200 the ingest summary object
//
// With --token T every request but /health needs `Authorization: Bearer T`
// (401 otherwise). Bodies over --max-body bytes get 413. Binds to loopback
// unless --host says otherwise. No exception escapes a handler.
#include <atomic>
#include <csignal>
#include <pthread.h>
#include <thread>
#include <cstdio>
#include <memory>
#include <mutex>
#include <string>

#include <fmt/format.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "apps/kg/args.h"
#include "apps/kg/commands.h"
#include "apps/kg/serve_ingest.h"
#include "graph/graph.h"
#include "query/format.h"
#include "query/query.h"

namespace kg::cli {
namespace {

std::string ErrorBody(const Status& s) {
  nlohmann::json j = {{"error", {{"kind", ErrorKindName(s.kind())}, {"message", s.message()}}}};
  if (s.line() > 0) {
    j["error"]["line"] = s.line();
    j["error"]["column"] = s.column();
  }
  return j.dump();
}

int HttpStatusFor(const Status& s) {
  return s.kind() == ErrorKind::kInternal || s.kind() == ErrorKind::kIOError ? 500 : 400;
}

void SendError(httplib::Response& res, const Status& s, int http_status = 0) {
  res.status = http_status ? http_status : HttpStatusFor(s);
  res.set_content(ErrorBody(s), "application/json");
}

bool ParseUint(const std::string& text, uint64_t max, uint64_t* out) {
  if (text.empty() || text.size() > 19) return false;
  uint64_t v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  if (v > max) return false;
  *out = v;
  return true;
}

}  // namespace

int RunServe(int argc, char** argv) {
  ArgSpec spec;
  spec.flags = {"read-only"};
  spec.single = {"db", "host", "port", "token", "threads", "max-body", "timeout-ms", "max-rows"};
  auto args = ParseArgs(argc, argv, 1, spec);
  if (!args.ok()) return Fail(args.status());
  if (!args->positional.empty())
    return Fail(Status::UsageError("unexpected argument '" + args->positional[0] + "'"));
  auto db = args->Get("db");
  if (!db) return Fail(Status::UsageError("serve needs --db DIR"));

  std::string host = args->Get("host").value_or("127.0.0.1");
  uint64_t port = 7474, threads = 8, max_body = 16ull << 20, timeout_ms = 30000, max_rows = 1000000;
  if (auto p = args->Get("port"); p && !ParseUint(*p, 65535, &port))
    return Fail(Status::UsageError("--port must be a number from 0 to 65535"));
  if (auto t = args->Get("threads"); t && (!ParseUint(*t, 256, &threads) || threads == 0))
    return Fail(Status::UsageError("--threads must be a number from 1 to 256"));
  if (auto m = args->Get("max-body"); m && !ParseUint(*m, 1ull << 32, &max_body))
    return Fail(Status::UsageError("--max-body must be a number of bytes"));
  if (auto t = args->Get("timeout-ms"); t && !ParseUint(*t, 86400000, &timeout_ms))
    return Fail(Status::UsageError("--timeout-ms must be a number of milliseconds"));
  if (auto r = args->Get("max-rows"); r && !ParseUint(*r, 1ull << 40, &max_rows))
    return Fail(Status::UsageError("--max-rows must be a number"));
  const std::string token = args->Get("token").value_or("");
  const bool read_only = args->Flag("read-only");

  // SIGINT/SIGTERM stop the server cleanly: blocked before any thread starts
  // (RocksDB's and the request pool inherit the mask) and awaited by one
  // watcher thread.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  graph::OpenOptions open_options;
  open_options.read_only = read_only;
  open_options.create_if_missing = !read_only;
  auto opened = graph::Graph::Open(*db, open_options);
  if (!opened.ok()) return Fail(opened.status());
  std::unique_ptr<graph::Graph> graph = std::move(opened.value());

  query::QueryOptions query_options;
  query_options.timeout = std::chrono::milliseconds(timeout_ms);
  query_options.max_rows = max_rows;
  query_options.read_only = read_only;

  ArticleIngester ingester(*graph);

  httplib::Server server;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  server.set_payload_max_length(static_cast<size_t>(max_body));
  server.set_read_timeout(30, 0);
  server.set_write_timeout(30, 0);

  server.set_pre_routing_handler([&token](const httplib::Request& req, httplib::Response& res) {
    if (token.empty() || req.path == "/health") return httplib::Server::HandlerResponse::Unhandled;
    if (req.get_header_value("Authorization") != "Bearer " + token) {
      res.set_header("WWW-Authenticate", "Bearer");
      SendError(res, Status::UsageError("missing or wrong bearer token"), 401);
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });

  server.Get("/health", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(R"({"status":"ok"})", "application/json");
  });

  server.Post("/query", [&](const httplib::Request& req, httplib::Response& res) {
    nlohmann::json body = nlohmann::json::parse(req.body, nullptr, /*allow_exceptions=*/false);
    if (body.is_discarded() || !body.is_object())
      return SendError(res, Status::InputError("the request body must be a JSON object"));
    auto q = body.find("query");
    if (q == body.end() || !q->is_string())
      return SendError(res, Status::InputError("the request needs a string field \"query\""));
    ValueMap params;
    if (auto p = body.find("parameters"); p != body.end() && !p->is_null()) {
      if (!p->is_object()) return SendError(res, Status::InputError("\"parameters\" must be a JSON object"));
      for (auto it = p->begin(); it != p->end(); ++it) {
        auto v = query::ParseJsonValue(it.value().dump());
        if (!v.ok()) return SendError(res, v.status());
        params.emplace_back(it.key(), std::move(v.value()));
      }
    }
    auto result = query::Run(*graph, q->get<std::string>(), params, query_options);
    if (!result.ok()) return SendError(res, result.status());
    res.set_content(query::FormatResult(result.value(), query::OutputFormat::kJson), "application/json");
  });

  server.Post("/ingest", [&](const httplib::Request& req, httplib::Response& res) {
    if (read_only) return SendError(res, Status::UsageError("the server was started with --read-only"));
    nlohmann::json body = nlohmann::json::parse(req.body, nullptr, false);
    if (body.is_discarded() || !body.is_object())
      return SendError(res, Status::InputError("the request body must be a JSON object (one article)"));
    auto summary = ingester.Ingest(body);
    if (!summary.ok()) return SendError(res, summary.status());
    res.set_content(summary.value().dump(), "application/json");
  });

  server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "unexpected error";
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    SendError(res, Status::Internal(what), 500);
  });

  if (!server.bind_to_port(host, static_cast<int>(port)))
    return Fail(Status::IOError(fmt::format("cannot listen on {}:{}", host, port)));
  std::atomic<bool> stopping{false};
  std::thread watcher([&] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    stopping = true;
    server.stop();
  });
  std::fprintf(stderr, "kg: serving %s on http://%s:%llu%s\n", db->c_str(), host.c_str(),
               static_cast<unsigned long long>(port), read_only ? " (read-only)" : "");
  bool clean = server.listen_after_bind();
  if (!stopping) pthread_kill(watcher.native_handle(), SIGTERM);  // wake the watcher
  watcher.join();
  if (!clean && !stopping) return Fail(Status::IOError("the server stopped unexpectedly"));
  return 0;
}

}  // namespace kg::cli
