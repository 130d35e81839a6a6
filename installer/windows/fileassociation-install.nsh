; Inserted into the NSIS installer's install section by CPack (CPACK_NSIS_EXTRA_INSTALL_COMMANDS).
; Registers the .baton workspace type so that workspaces open in Baton by double-click. SHCTX follows the
; installer's choice of "all users" (HKLM) or "current user" (HKCU).
WriteRegStr SHCTX "Software\Classes\.baton" "" "Baton.Workspace"
WriteRegStr SHCTX "Software\Classes\.baton" "Content Type" "application/x-baton-workspace"
WriteRegStr SHCTX "Software\Classes\Baton.Workspace" "" "Baton workspace"
WriteRegStr SHCTX "Software\Classes\Baton.Workspace\DefaultIcon" "" "$INSTDIR\bin\baton.exe,0"
WriteRegStr SHCTX "Software\Classes\Baton.Workspace\shell\open\command" "" '"$INSTDIR\bin\baton.exe" "%1"'
WriteRegStr SHCTX "Software\Classes\Applications\baton.exe\SupportedTypes" ".baton" ""
; Tell Explorer that file associations changed (SHCNE_ASSOCCHANGED).
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
