# Windows counterpart of check_frozen.sh, for the Windows build machine (CI runs Linux and uses the .sh).
# NOT YET RUN ON WINDOWS: written alongside the Linux check; run it on the first Windows build and fix what it finds.
#
# usage (PowerShell 5.1 or 7, in the repository):  powershell -ExecutionPolicy Bypass -File tests\frozen\check_frozen.ps1 [-Dist dist\nrm-desk] [-Screenshots out\frozen-screenshots]
param(
    [string]$Dist = (Join-Path $PSScriptRoot "..\..\dist\nrm-desk"),
    [string]$Screenshots = ""
)
$ErrorActionPreference = "Stop"
$Dist = (Resolve-Path $Dist).Path
$App = Join-Path $Dist "nrm-desk-cli.exe"
if (-not (Test-Path $App)) { Write-Error "no frozen build at $Dist (build it with pyinstaller pyinstaller.spec)"; exit 1 }

$Work = Join-Path ([System.IO.Path]::GetTempPath()) ("nrm-frozen-" + [guid]::NewGuid().ToString("N").Substring(0, 8))
New-Item -ItemType Directory -Path $Work | Out-Null
if (-not $Screenshots) { $Screenshots = Join-Path $Work "screenshots" }
$Data = Join-Path $Work "post"
$Demo = Join-Path $Work "demo"
$AdminPw = "Khyber pass winter 2026"
$OfficerPw = "Torkham river 2026"
$script:Failures = 0

# Run the app with a cleared environment: only SystemRoot, a temp folder and what the step needs.
function Invoke-Frozen([hashtable]$Env, [string[]]$Arguments) {
    $psi = New-Object System.Diagnostics.ProcessStartInfo
    $psi.FileName = $App
    $psi.Arguments = ($Arguments | ForEach-Object { if ($_ -match '[\s"]') { '"' + ($_ -replace '"', '\"') + '"' } else { $_ } }) -join " "
    $psi.UseShellExecute = $false
    $psi.RedirectStandardOutput = $true
    $psi.RedirectStandardError = $true
    $psi.EnvironmentVariables.Clear()
    $psi.EnvironmentVariables["SystemRoot"] = $env:SystemRoot
    $psi.EnvironmentVariables["TEMP"] = $Work
    $psi.EnvironmentVariables["TMP"] = $Work
    $psi.EnvironmentVariables["QT_QPA_PLATFORM"] = "offscreen"
    foreach ($k in $Env.Keys) { $psi.EnvironmentVariables[$k] = $Env[$k] }
    $p = [System.Diagnostics.Process]::Start($psi)
    $out = $p.StandardOutput.ReadToEndAsync()
    $err = $p.StandardError.ReadToEnd()
    $p.WaitForExit()
    return @{ Code = $p.ExitCode; Out = $out.Result; Err = $err }
}

function Step([string]$Name, [hashtable]$Env, [string[]]$Arguments, [int]$Expect = 0) {
    $t = [System.Diagnostics.Stopwatch]::StartNew()
    $r = Invoke-Frozen $Env $Arguments
    $secs = "{0,6:N2}s" -f $t.Elapsed.TotalSeconds
    # Write-Host, not Write-Output: anything written to the output stream would become part of the return value.
    if ($r.Code -eq $Expect) { Write-Host ("ok    {0,-55} {1}" -f $Name, $secs) }
    else {
        Write-Host ("FAIL  {0,-55} {1} (exit {2})" -f $Name, $secs, $r.Code)
        Write-Host $r.Err
        $script:Failures++
    }
    return $r
}

function Check([string]$Name, [bool]$Ok) {
    if ($Ok) { Write-Host "ok    $Name" } else { Write-Host "FAIL  $Name"; $script:Failures++ }
}

Write-Output "frozen app: $App"
$size = (Get-ChildItem $Dist -Recurse -File | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Output ("size: {0:N1} MiB" -f $size)

$meta = Get-ChildItem (Join-Path $Dist "_internal") -Directory -Filter "nrm_desk*" | Select-Object -First 1
$version = (Get-Content (Get-ChildItem $meta.FullName -File | Where-Object { $_.Name -in "METADATA", "PKG-INFO" } | Select-Object -First 1).FullName |
    Where-Object { $_ -like "Version: *" } | Select-Object -First 1).Substring(9)
$r = Step "--version" @{} @("--version")
Check "--version prints the bundled metadata's version ($version)" ($r.Out.Trim() -eq "nrm-desk $version")

$bad = @()
Get-Content (Join-Path $Dist "MANIFEST.sha256") | ForEach-Object {
    $h, $f = $_ -split '  ', 2
    $path = Join-Path $Dist $f
    if (-not (Test-Path -LiteralPath $path) -or (Get-FileHash -Algorithm SHA256 -LiteralPath $path).Hash -ne $h) { $bad += $f }
}
Check "MANIFEST.sha256 matches the folder" ($bad.Count -eq 0)
Check "no server, tests or QML in the bundle" (-not (Test-Path (Join-Path $Dist "_internal\central")) -and
    -not (Test-Path (Join-Path $Dist "_internal\fastapi")) -and -not (Test-Path (Join-Path $Dist "_internal\PySide6\qml")))

$example = Join-Path $PSScriptRoot "example-cases.json"
Step "init" @{ NRM_DESK_PASSWORD = $AdminPw } @("--data-dir", $Data, "init", "--post-code", "ISB", "--post-name", "Islamabad Airport", "--admin", "admin") | Out-Null
Step "user add officer" @{ NRM_DESK_PASSWORD = $AdminPw; NRM_DESK_NEW_PASSWORD = $OfficerPw } @("--data-dir", $Data, "user", "add", "--user", "admin", "--username", "officer", "--role", "officer") | Out-Null
Step "case import example-cases.json" @{ NRM_DESK_PASSWORD = $OfficerPw } @("--data-dir", $Data, "case", "import", "--user", "officer", $example) | Out-Null
$r = Step "case list" @{ NRM_DESK_PASSWORD = $OfficerPw } @("--data-dir", $Data, "case", "list", "--user", "officer")
Check "case list shows the imported case" ($r.Out -match "ISB-2026-000001.*Amina Bibi")
Step "wrong password is refused (exit 3)" @{ NRM_DESK_PASSWORD = "wrong password" } @("--data-dir", $Data, "case", "list", "--user", "officer") -Expect 3 | Out-Null
Step "audit verify" @{ NRM_DESK_PASSWORD = $AdminPw } @("--data-dir", $Data, "audit", "verify", "--user", "admin") | Out-Null
$plain = Get-ChildItem $Data -File | Where-Object { Select-String -LiteralPath $_.FullName -Pattern "Amina", "P1234567" -SimpleMatch -Quiet }
Check "no plaintext in the data folder" ($null -eq $plain)
Step "demo --into a fresh folder" @{ NRM_DESK_PASSWORD = $AdminPw } @("demo", "--into", $Demo, "--cases", "20") | Out-Null
Step "self-test --screenshots" @{} @("--data-dir", (Join-Path $Work "selftest"), "self-test", "--screenshots", $Screenshots) | Out-Null
$shots = @(Get-ChildItem $Screenshots -Filter *.png -ErrorAction SilentlyContinue).Count
Check "self-test wrote screenshots ($shots)" ($shots -gt 0)

Remove-Item -Recurse -Force $Work -ErrorAction SilentlyContinue
if ($script:Failures -gt 0) { Write-Output "frozen check: $($script:Failures) failure(s)"; exit 1 }
Write-Output "frozen check: all steps passed"
