# Build micdesk's Windows installer: bundle (PyInstaller), self-test, then Inno Setup.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build_installer.ps1
#
# Needs: Python 3.12+ (py launcher; packaging\build_python.py refuses older ones) and Inno Setup 6 (iscc.exe on PATH, or at its default
# place). Builds in a fresh build\venv so nothing from a development environment leaks
# into the bundle. Output: dist\micdesk\ and dist\micdesk-<version>-setup.exe.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

py -3 packaging\build_python.py
if ($LASTEXITCODE -ne 0) { exit 1 }
if (Test-Path build\venv) { Remove-Item -Recurse -Force build\venv }
py -3 -m venv build\venv
$python = "build\venv\Scripts\python.exe"
& $python -m pip install -q --upgrade pip
& $python -m pip install -q ".[packaging]"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

& $python -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\micdesk.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# The console launcher prints; the windowed micdesk.exe is what the Start menu opens.
& dist\micdesk\micdesk-cli.exe --version
& dist\micdesk\micdesk-cli.exe --self-test
if ($LASTEXITCODE -ne 0) { throw "the bundle's self-test failed" }

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc packaging\windows\micdesk.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Get-ChildItem dist\micdesk-*-setup.exe | Format-Table Name, Length
