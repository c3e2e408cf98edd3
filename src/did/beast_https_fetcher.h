// BeastHttpsFetcher: the HttpsFetcher Cairn uses on the network, an HTTPS/1.1 client built on
// Boost.Beast and OpenSSL.
//
// Security: TLS 1.2 or newer; the server certificate must chain to a trusted authority (the
// system store by default, or the PEM file or text given in the options) and name the URL's host
// (DNS name or IP address, RFC 6125 matching by OpenSSL); SNI is sent for DNS names. Only https
// URLs without user information are fetched; redirects are followed only to the same origin.
// Every request is bounded by the FetchLimits: connect and response timeouts, header and body
// sizes. Compression is not requested, so the body limit is the limit on what is read. Name
// resolution (getaddrinfo) is bounded by the system resolver's own timeouts, not by FetchLimits.
//
// Thread-safety: get() may be called from many threads at once; each call has its own I/O
// context and connection and shares only the read-only TLS configuration.
#pragma once

#include <memory>
#include <string>

#include "did/https_fetcher.h"

namespace cairn::did {

struct BeastHttpsFetcherOptions {
  // Certificate authorities to trust, as a PEM file and/or PEM text. When both are empty the
  // system's default store is used; when either is given, only what is given is trusted.
  std::string ca_file;
  std::string ca_pem;
  std::string user_agent = "cairn";
};

class BeastHttpsFetcher final : public HttpsFetcher {
 public:
  // Returns a fetcher; or an Error "invalid TLS configuration" when the CA file cannot be read or
  // the PEM text holds no certificate (the message says which and why).
  static Result<BeastHttpsFetcher> create(const BeastHttpsFetcherOptions& options = {});

  ~BeastHttpsFetcher() override;
  BeastHttpsFetcher(BeastHttpsFetcher&&) noexcept;
  BeastHttpsFetcher& operator=(BeastHttpsFetcher&&) noexcept;

  // See HttpsFetcher::get(). The message of a certificate failure says "certificate of HOST not
  // trusted" and OpenSSL's reason ("unable to get local issuer certificate", "hostname
  // mismatch"); a timeout says which limit was reached.
  Result<std::string> get(const std::string& url, const FetchLimits& limits) const override;

 private:
  struct TlsContext;
  BeastHttpsFetcher(std::unique_ptr<TlsContext> tls, std::string user_agent);

  std::unique_ptr<TlsContext> tls_;
  std::string user_agent_;
};

}  // namespace cairn::did
