// Self-signed TLS certificates made at test time with the OpenSSL API, so that no key or
// certificate file is committed and the TLS tests need no network.
#pragma once

#include <string>

namespace cairn::did::testing {

struct TestCertificate {
  std::string certificate_pem;
  std::string private_key_pem;
};

// A P-256 key and a self-signed certificate (valid from an hour ago for a day) with subject CN
// `common_name` and subjectAltName `alt_names` in OpenSSL's syntax ("DNS:localhost,IP:127.0.0.1").
// Throws std::runtime_error when OpenSSL fails.
TestCertificate make_self_signed_certificate(const std::string& common_name,
                                             const std::string& alt_names);

}  // namespace cairn::did::testing
