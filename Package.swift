// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Netra",
  products: [
    .library(name: "Netra", targets: ["Netra"]),
    .executable(name: "netra", targets: ["netra"]),
  ],
  targets: [
    .target(name: "Netra"),
    .target(name: "NetraCLI", dependencies: ["Netra"]),
    .executableTarget(name: "netra", dependencies: ["NetraCLI"]),
    .testTarget(name: "NetraTests", dependencies: ["Netra"]),
    .testTarget(name: "NetraCLITests", dependencies: ["NetraCLI", "Netra"]),
  ]
)
