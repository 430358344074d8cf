; Windows installer for the coordinator workbench (街道党建协调工作台), made with NSIS 3.
;
; 1. On Windows, from the repository root: pip install . pyinstaller
;                                          pyinstaller --noconfirm installer\coordinator_app.spec
; 2. makensis /DVERSION=0.1.0 installer\coordinator_app.nsi
;    -> dist\coordinator_app-0.1.0-setup.exe
;
; It installs for the current user (no administrator rights needed) into
; %LOCALAPPDATA%\Programs\CoordinatorApp, with Start-menu and desktop shortcuts and an uninstaller.
; The data folder (%LOCALAPPDATA%\Yuexiu\coordinator_app) is never touched, by updates or by uninstalling.
Unicode true

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!define APPNAME "街道党建协调工作台"
!define APPKEY "CoordinatorApp"
!define DIST "..\dist\coordinator_app"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPKEY}"

Name "${APPNAME}"
OutFile "..\dist\coordinator_app-${VERSION}-setup.exe"
InstallDir "$LOCALAPPDATA\Programs\${APPKEY}"
InstallDirRegKey HKCU "Software\${APPKEY}" "InstallDir"
RequestExecutionLevel user
SetCompressor /SOLID lzma

!include "MUI2.nsh"
!define MUI_ICON "${DIST}\coordinator_app.ico"
!define MUI_UNICON "${DIST}\coordinator_app.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\coordinator-app.exe"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

Section "Install"
  SetOutPath "$INSTDIR"
  ; an update replaces the program files of the previous version
  RMDir /r "$INSTDIR\_internal"
  File /r "${DIST}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk" "$INSTDIR\coordinator-app.exe"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\卸载.lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\coordinator-app.exe"

  WriteRegStr HKCU "Software\${APPKEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "越秀区街道党建办"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\coordinator-app.exe"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$DESKTOP\${APPNAME}.lnk"
  RMDir /r "$SMPROGRAMS\${APPNAME}"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTKEY}"
  DeleteRegKey HKCU "Software\${APPKEY}"
SectionEnd
