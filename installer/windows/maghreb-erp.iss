; Inno Setup 6 script: the Windows installer of the desktop client.
; Built on Windows from the PyInstaller bundle (installer/README.md, "Windows"):
;     ISCC.exe /DAppVersion=0.1.0 installer\windows\maghreb-erp.iss
; gives dist\maghreb-erp-0.1.0-windows-setup.exe. The shop's data (the replica) lives in the
; user's %LOCALAPPDATA%\Maghreb ERP\maghreb-erp, never in the program folder: an upgrade or an
; uninstall keeps it, and the client upgrades the replica itself (backup first) on its next
; start.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Maghreb ERP"
#define Root "..\.."

[Setup]
AppId={{6E3C1B52-8F0B-4D55-9C2E-5B1F0D7A4E21}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppName}
AppVerName={#AppName} {#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; a per-user install needs no administrator: the branch PC often has none on site
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=maghreb-erp-{#AppVersion}-windows-setup
SetupIconFile={#Root}\erp_desktop\resources\icons\maghreb-erp.ico
UninstallDisplayIcon={app}\maghreb-erp.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Root}\dist\maghreb-erp\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; files of the previous version's bundle that this one no longer has
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\maghreb-erp.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\maghreb-erp.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\maghreb-erp.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
