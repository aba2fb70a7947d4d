// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Netra",
  products: [
    .library(name: "Netra", targets: ["Netra"]),
    .library(name: "NetraBatch", targets: ["NetraBatch"]),
    .executable(name: "netra", targets: ["netra"]),
  ],
  targets: [
    // The language: its reference semantics (the interpreter), explanations and tools.
    .target(name: "Netra"),
    // The batch pipeline and the compiled engine, an optimisation that must give the
    // interpreter's bytes; it depends on the language, never the other way round.
    .target(name: "NetraBatch", dependencies: ["Netra"]),
    .target(name: "NetraCLI", dependencies: ["Netra", "NetraBatch"]),
    .executableTarget(name: "netra", dependencies: ["NetraCLI"]),
    .testTarget(name: "NetraTests", dependencies: ["Netra", "NetraBatch"]),
    .testTarget(name: "NetraCLITests", dependencies: ["NetraCLI", "Netra", "NetraBatch"]),
  ]
)
