; Kauntaa — Windows installer (Inno Setup 6), wrapping the PyInstaller onedir build.
;
; Build on Windows, from the repository root, after `python packaging\make_icons.py` and
; `pyinstaller packaging\kauntaa.spec`:
;   iscc /DAppVersion=0.1.0 packaging\windows\kauntaa.iss
; Output: build\KauntaaSetup-<version>.exe
;
; Per-user install, no administrator rights. The uninstaller leaves the shop's data
; (%LOCALAPPDATA%\Kauntaa) alone unless the owner ticks the box to remove it too.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6F1C2B7E-4A4E-4B8B-9C1D-4B61554E5441}
AppName=Kauntaa
AppVerName=Kauntaa {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=Kauntaa
VersionInfoVersion={#AppVersion}
DefaultDirName={localappdata}\Programs\Kauntaa
DefaultGroupName=Kauntaa
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\build
OutputBaseFilename=KauntaaSetup-{#AppVersion}
SetupIconFile=..\..\build\kauntaa.ico
UninstallDisplayIcon={app}\kauntaa.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "ja"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
ja.DesktopIcon=デスクトップにショートカットを作る
en.DesktopIcon=Create a desktop shortcut
ja.RemoveData=お客さまのデータ（%1）も削除しますか？%n%nバックアップも含めて消え、元に戻せません。通常は「いいえ」を選んでください。
en.RemoveData=Also delete the shop's data (%1)?%n%nThis includes the backups and cannot be undone. Normally, choose No.
ja.AppComment=常連さんを名前で覚えておくカウンターのアプリ
en.AppComment=The memory of a small shop's counter

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "..\..\dist\kauntaa\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\Kauntaa"; Filename: "{app}\kauntaa.exe"; Comment: "{cm:AppComment}"
Name: "{userdesktop}\Kauntaa"; Filename: "{app}\kauntaa.exe"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\kauntaa.exe"; Description: "{cm:LaunchProgram,Kauntaa}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\Kauntaa');
    if DirExists(DataDir) and not UninstallSilent() then
      if MsgBox(FmtMessage(CustomMessage('RemoveData'), [DataDir]), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
