#!/usr/bin/env bash
# Builds a self-contained app image and a .deb from target/ (run `mvn package` first).
#
# The app stays on the classpath (the AWS SDK jars are automatic modules that jlink refuses):
# only the platform JavaFX jars (javafx-*-<version>-linux.jar) go on the module path and are
# linked into the runtime; everything else is copied to --input with the main jar, whose
# manifest Class-Path (lib/...) finds them. The unsuffixed javafx-*.jar are empty and left out.
#
# The .deb names the libraries JavaFX's native code needs (packaging/deb.args,
# --linux-package-deps): jpackage only finds those installed on the build machine. The list is
# the NEEDED entries of the .so files in javafx-graphics-<version>-linux.jar, each mapped to its
# Debian package with `dpkg -S` (readelf -d lib*.so | grep NEEDED), plus the X libraries of AWT.
#
# Usage: packaging/jpackage.sh [app-image|deb|all]   (default: all)
# Output: target/dist/glue-failover-explorer/ (app image) and target/dist/*.deb
set -euo pipefail
cd "$(dirname "$0")/.."

what="${1:-all}"
jar=target/glue-failover-explorer.jar
[[ -f "$jar" && -d target/lib ]] || { echo "run 'mvn package' first (needs $jar and target/lib)" >&2; exit 2; }

work=target/jpackage
rm -rf "$work" target/dist
mkdir -p "$work/input/lib" "$work/jfx" target/dist
cp "$jar" "$work/input/"
for f in target/lib/*.jar; do
  name=$(basename "$f")
  case "$name" in
    javafx-*-linux.jar|javafx-*-mac.jar|javafx-*-mac-aarch64.jar|javafx-*-win.jar) cp "$f" "$work/jfx/" ;;
    javafx-*.jar) ;;  # empty placeholder jars: they break jlink
    *) cp "$f" "$work/input/lib/" ;;
  esac
done

common=(@packaging/jpackage.args --input "$work/input" --module-path "$work/jfx" --dest target/dist)

if [[ "$what" == app-image || "$what" == all ]]; then
  jpackage "${common[@]}" --type app-image
  image=target/dist/glue-failover-explorer
  # The runtime's own class-data archive (jlink --generate-cds-archive, packaging/jpackage.args) serves
  # the JDK's classes wherever the image goes. The app's classes get a dynamic archive, lib/app/gfe.jsa,
  # from a training run of `check --job` against the loopback fake (the test classes' ArchiveTraining;
  # docs/aws-loading.md, "Live start"). JDK 17 keeps absolute paths in it: it serves this image where
  # it was built, and is skipped silently once moved. Training needs the launcher without the option
  # naming the archive (a dump cannot start from a missing one), so the cfg goes without it meanwhile.
  cfg="$image/lib/app/glue-failover-explorer.cfg"
  if [[ -d target/test-classes && -f "$cfg" ]]; then
    cp "$cfg" "$work/launcher.cfg"
    grep -v 'SharedArchiveFile' "$work/launcher.cfg" > "$cfg"
    java -cp "target/test-classes:target/classes:target/lib/*" dev.gluefailover.aws.ArchiveTraining \
        "$image/bin/glue-failover-explorer" "$image/lib/app/gfe.jsa" || echo "no class-data archive for the app image"
    cp "$work/launcher.cfg" "$cfg"
  fi
  echo "app image: $image/bin/glue-failover-explorer"
fi
if [[ "$what" == deb || "$what" == all ]]; then
  jpackage "${common[@]}" @packaging/deb.args --type deb
  ls target/dist/*.deb
fi
