; Inno Setup 6 script: a per-user installer around micdesk's one-folder bundle.
;
; Build on Windows 10 or newer (PySide6 6.12's oldest), from the repository root:
;   powershell -ExecutionPolicy Bypass -File packaging\windows\build_installer.ps1
; which builds dist\micdesk\ with PyInstaller, runs its --self-test, then calls
;   iscc packaging\windows\micdesk.iss
; Output: dist\micdesk-<version>-setup.exe
;
; Silent install for IT (no administrator rights needed, nothing outside the user profile):
;   micdesk-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;   "%LOCALAPPDATA%\Programs\micdesk\micdesk-cli.exe" --self-test

#define BundleDir AddBackslash(SourcePath) + "..\..\dist\micdesk"
#define AppExe "micdesk.exe"
; The version has one home, micdesk/__init__.py; micdesk.spec writes it into the
; executable's version resource, and it is read back from there.
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\" + AppExe, "ProductVersion")
#endif
; The installer's own version resource takes four numbers only, no "rc" or "dev" suffix.
#define AppNumericVersion GetVersionNumbersString(BundleDir + "\" + AppExe)
#if AppVersion == ""
  #error dist\micdesk\micdesk.exe is missing or has no version: build the bundle first
#endif

[Setup]
; Never change AppId: upgrades and the uninstaller find earlier installs by it.
AppId={{866FEB24-60C9-47D9-AD3A-E35F918A65F6}
AppName=micdesk
AppVersion={#AppVersion}
AppVerName=micdesk {#AppVersion}
AppPublisher=UNIDO
AppComments=Reporting on UNIDO's work plan with middle-income countries
VersionInfoVersion={#AppNumericVersion}
; Per-user: installs under %LOCALAPPDATA%\Programs without an administrator prompt, so a
; focal point on a locked-down ministry laptop can install and update it.
PrivilegesRequired=lowest
DefaultDirName={autopf}\micdesk
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
; micdesk opens workbooks from its own File menu: it registers no file type and must
; never take .xlsx away from Excel, so there is no [Registry] section either.
ChangesAssociations=no
ChangesEnvironment=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\..\resources\icons\micdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=micdesk
OutputDir=..\..\dist
OutputBaseFilename=micdesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running micdesk holds its files open: ask to close it rather than fail half way.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the bundle whole: a library left from an older version could be
; loaded instead of the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\micdesk"; Filename: "{app}\{#AppExe}"; Comment: "Reporting on UNIDO's work plan"
Name: "{autodesktop}\micdesk"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,micdesk}"; Flags: nowait postinstall skipifsilent

; Uninstalling removes the program only. The focal point's data (%LOCALAPPDATA%\UNIDO\micdesk,
; with its backups) stays, so a reinstall or an update finds every value again.
