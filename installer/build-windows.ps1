# Build the Windows installer on a Windows machine (the Linux route, under Wine, is
# installer/build-windows.sh; both make the same files):
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
# Needs: Python 3.11+ (the py launcher) and NSIS 3 (makensis.exe on PATH or in its
# default folder). Makes dist\windows\qotb-desktop\ (PyInstaller, one folder), runs its
# self-test with the output redirected to a file, then dist\qotb-desktop-setup-VERSION.exe.
# Signs it when QOTB_SIGN_PFX names a .pfx certificate (signtool from the Windows SDK;
# QOTB_SIGN_PASS its password). Every program's exit code is checked.
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

function Invoke-Checked([string]$What, [scriptblock]$Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit $LASTEXITCODE)" }
}

if (-not (Test-Path .venv-build\Scripts\python.exe)) { Invoke-Checked "making the virtualenv" { py -3 -m venv .venv-build } }
$Python = (Resolve-Path .venv-build\Scripts\python.exe).Path
Invoke-Checked "updating pip" { & $Python -m pip install -q --upgrade pip }
Invoke-Checked "installing the program" { & $Python -m pip install -q ".[build]" }
$Version = (& $Python -c "import qotb_desktop; print(qotb_desktop.__version__)").Trim()
if ($LASTEXITCODE -ne 0) { throw "reading the version failed" }

$Files = Join-Path $Root "build\windows"
Invoke-Checked "making the icon and version resource" { & $Python installer\windows_files.py $Files $Version }

$env:QOTB_ONEDIR = "1"
$env:QOTB_ICON = Join-Path $Files "qotb-desktop.ico"
$env:QOTB_VERSION_FILE = Join-Path $Files "version-info.txt"
if (Test-Path dist\windows\qotb-desktop) { Remove-Item -Recurse -Force dist\windows\qotb-desktop }
Invoke-Checked "PyInstaller" {
    & $Python -m PyInstaller --noconfirm --log-level WARN --distpath dist\windows --workpath build\pyinstaller-windows installer\qotb-desktop.spec
}
$Program = "dist\windows\qotb-desktop"
if (-not (Test-Path "$Program\_internal\PySide6\plugins\platforms\qwindows.dll")) { throw "the build has no Qt Windows plugin" }

# The self-test, outside the virtualenv, offscreen, its output redirected to a file.
$env:QT_QPA_PLATFORM = "offscreen"
cmd /c "`"$Program\qotb-desktop.exe`" --self-test > `"$Files\self-test.txt`" 2>&1"
$Code = $LASTEXITCODE
Remove-Item Env:\QT_QPA_PLATFORM
Get-Content -Encoding UTF8 "$Files\self-test.txt"
if ($Code -ne 0) { throw "the self-test failed (exit $Code)" }

$Makensis = (Get-Command makensis.exe -ErrorAction SilentlyContinue).Source
if (-not $Makensis) { $Makensis = "${env:ProgramFiles(x86)}\NSIS\makensis.exe" }
$Setup = Join-Path $Root "dist\qotb-desktop-setup-$Version.exe"
Invoke-Checked "NSIS" {
    & $Makensis -V2 -WX -INPUTCHARSET UTF8 "-DVERSION=$Version" "-DPROGRAM=$(Resolve-Path $Program)" "-DOUTFILE=$Setup" `
        "-DICON=$env:QOTB_ICON" installer\qotb-desktop.nsi
}
if ($env:QOTB_SIGN_PFX) {
    Invoke-Checked "signing" { signtool sign /fd sha256 /f $env:QOTB_SIGN_PFX /p $env:QOTB_SIGN_PASS $Setup }
    Invoke-Checked "checking the signature" { signtool verify /pa $Setup }
    Write-Host "signed: $Setup"
} else {
    Write-Host "not signed (QOTB_SIGN_PFX not given)"
}
Write-Host "built $Setup"
