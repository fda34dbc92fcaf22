# Build the Windows installer: the one-folder program (PyInstaller), its self-test,
# then the Inno Setup installer dist\qotb-desktop-setup-VERSION.exe.
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
# Needs: Python 3.11+ (py launcher) and Inno Setup 6 (ISCC.exe on PATH or in its
# default folder). Not yet run on Windows: see installer/README.md.
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

if (-not (Test-Path .venv-build\Scripts\python.exe)) { py -3 -m venv .venv-build }
.venv-build\Scripts\python.exe -m pip install -q --upgrade pip
.venv-build\Scripts\python.exe -m pip install -q ".[build]"

$env:QOTB_ONEDIR = "1"   # the installer carries one folder: no unpacking at every start
if (Test-Path dist\qotb-desktop) { Remove-Item -Recurse -Force dist\qotb-desktop }
.venv-build\Scripts\pyinstaller.exe --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller installer\qotb-desktop.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# The self-test, outside the virtualenv, offscreen (no window).
$env:QT_QPA_PLATFORM = "offscreen"
& dist\qotb-desktop\qotb-desktop.exe --self-test
if ($LASTEXITCODE -ne 0) { throw "the self-test failed" }
Remove-Item Env:\QT_QPA_PLATFORM

$Version = (.venv-build\Scripts\python.exe -c "import qotb_desktop; print(qotb_desktop.__version__)").Trim()
$Iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $Iscc "/DAppVersion=$Version" installer\qotb-desktop.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "built dist\qotb-desktop-setup-$Version.exe"
