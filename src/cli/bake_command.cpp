#include "cli/bake_command.h"

#include <iostream>
#include <memory>
#include <string>

#include "cli/command_outcome.h"
#include "cli/input.h"
#include "cli/output_file.h"
#include "media/image_format.h"
#include "media/png_baking.h"
#include "media/svg_baking.h"

namespace cairn::cli {
namespace {

struct BakeArgs {
  std::string image;
  std::string credential;
  std::string out;
};

std::span<const std::uint8_t> as_bytes(const std::string& text) {
  return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

Result<std::string> baked(const BakeArgs& args) {
  Result<std::string> image = read_input(args.image);
  if (!image) return image.error();
  Result<std::string> credential = read_input(args.credential);
  if (!credential) return credential.error();
  while (!credential->empty() && (credential->back() == '\n' || credential->back() == '\r')) {
    credential->pop_back();
  }
  const std::optional<media::ImageFormat> format = media::sniff_image_format(as_bytes(*image));
  if (format == media::ImageFormat::kPng) {
    Result<media::Bytes> png = media::bake_png(as_bytes(*image), *credential);
    if (!png) return png.error();
    return std::string(png->begin(), png->end());
  }
  if (format == media::ImageFormat::kSvg) return media::bake_svg(*image, *credential);
  return Error{"unrecognized input", args.image + " is neither a PNG nor an SVG image"};
}

Result<std::string> unbaked(const std::string& path) {
  Result<std::string> image = read_input(path);
  if (!image) return image.error();
  const std::optional<media::ImageFormat> format = media::sniff_image_format(as_bytes(*image));
  if (format == media::ImageFormat::kPng) return media::unbake_png(as_bytes(*image));
  if (format == media::ImageFormat::kSvg) return media::unbake_svg(*image);
  return Error{"unrecognized input", path + " is neither a PNG nor an SVG image"};
}

}  // namespace

void add_bake_commands(CLI::App& app, int* exit_status) {
  auto args = std::make_shared<BakeArgs>();
  CLI::App* bake = app.add_subcommand("bake", "Bake a credential into a PNG or SVG badge image");
  bake->add_option("--image", args->image, "The PNG or SVG badge image")->required();
  bake->add_option("--credential", args->credential, "The credential (JSON or compact JWT)")
      ->required();
  bake->add_option("--out", args->out, "The baked image to write")->required();
  bake->callback([args, exit_status] {
    Result<std::string> image = baked(*args);
    if (!image) {
      *exit_status = report_invalid_input(image.error());
      return;
    }
    Result<bool> written = write_file_atomically(args->out, *image);
    *exit_status = written ? kExitOk : report_invalid_input(written.error());
  });

  auto path = std::make_shared<std::string>();
  CLI::App* unbake = app.add_subcommand("unbake", "Print the credential a baked image carries");
  unbake->add_option("FILE", *path, "The baked PNG or SVG; - reads standard input")->required();
  unbake->callback([path, exit_status] {
    Result<std::string> credential = unbaked(*path);
    if (!credential) {
      *exit_status = report_invalid_input(credential.error());
      return;
    }
    std::cout << *credential << '\n' << std::flush;
    *exit_status = kExitOk;
  });
}

}  // namespace cairn::cli
