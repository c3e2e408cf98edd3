// HttpsFetcher: the one network operation DID resolution needs, an HTTPS GET returning the body.
// An interface so that DidWebResolver is tested without a network, and so that a deployment can
// route requests through its own client or proxy. BeastHttpsFetcher is the real one.
//
// Thread-safety: implementations must allow get() to be called from many threads at once.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

#include "common/result.h"

namespace cairn::did {

// Limits on one download; every field bounds what a hostile or broken server can make us spend.
struct FetchLimits {
  std::size_t max_body_bytes = 256u << 10;  // a DID document is a few kilobytes
  std::size_t max_header_bytes = 16u << 10;
  std::chrono::milliseconds connect_timeout{5000};  // TCP connect, per attempt of all addresses
  // From connected to the last byte of the response: TLS handshake, request, response. A server
  // sending one byte a second cannot stretch it.
  std::chrono::milliseconds response_timeout{10000};
  // Redirects followed, and only to the same origin (scheme, host, port).
  int max_redirects = 3;
};

class HttpsFetcher {
 public:
  virtual ~HttpsFetcher() = default;

  // Returns the body of the 200 response to GET `url`; or an Error "fetch failed" whose message
  // names the URL and what went wrong (refused URL, DNS, connection, certificate, timeout, status
  // other than 200, body or headers over the limits, redirect refused).
  virtual Result<std::string> get(const std::string& url, const FetchLimits& limits) const = 0;
};

}  // namespace cairn::did
