// Win32 error numbers (winerror.h, plus the WinINet range from wininet.h) that
// show up inside activation HRESULTs as 0x8007xxxx. Deliberately short: only
// values checked against the SDK headers, since a wrong name sends readers to
// the wrong troubleshooting article.
const WIN32_ERRORS: ReadonlyMap<number, string> = new Map([
  [0, "ERROR_SUCCESS"],
  [1, "ERROR_INVALID_FUNCTION"],
  [2, "ERROR_FILE_NOT_FOUND"],
  [3, "ERROR_PATH_NOT_FOUND"],
  [4, "ERROR_TOO_MANY_OPEN_FILES"],
  [5, "ERROR_ACCESS_DENIED"],
  [6, "ERROR_INVALID_HANDLE"],
  [8, "ERROR_NOT_ENOUGH_MEMORY"],
  [13, "ERROR_INVALID_DATA"],
  [14, "ERROR_OUTOFMEMORY"],
  [15, "ERROR_INVALID_DRIVE"],
  [21, "ERROR_NOT_READY"],
  [31, "ERROR_GEN_FAILURE"],
  [32, "ERROR_SHARING_VIOLATION"],
  [50, "ERROR_NOT_SUPPORTED"],
  [53, "ERROR_BAD_NETPATH"],
  [87, "ERROR_INVALID_PARAMETER"],
  [112, "ERROR_DISK_FULL"],
  [122, "ERROR_INSUFFICIENT_BUFFER"],
  [123, "ERROR_INVALID_NAME"],
  [126, "ERROR_MOD_NOT_FOUND"],
  [183, "ERROR_ALREADY_EXISTS"],
  [234, "ERROR_MORE_DATA"],
  [259, "ERROR_NO_MORE_ITEMS"],
  [1053, "ERROR_SERVICE_REQUEST_TIMEOUT"],
  [1058, "ERROR_SERVICE_DISABLED"],
  [1060, "ERROR_SERVICE_DOES_NOT_EXIST"],
  [1062, "ERROR_SERVICE_NOT_ACTIVE"],
  [1168, "ERROR_NOT_FOUND"],
  [1223, "ERROR_CANCELLED"],
  [1314, "ERROR_PRIVILEGE_NOT_HELD"],
  [1326, "ERROR_LOGON_FAILURE"],
  [1460, "ERROR_TIMEOUT"],
  [1722, "RPC_S_SERVER_UNAVAILABLE"],
  [1726, "RPC_S_CALL_FAILED"],
  [1727, "RPC_S_CALL_FAILED_DNE"],
  [1753, "EPT_S_NOT_REGISTERED"],
  [9002, "DNS_ERROR_RCODE_SERVER_FAILURE"],
  [9003, "DNS_ERROR_RCODE_NAME_ERROR"],
  [9501, "DNS_INFO_NO_RECORDS"],
  [10060, "WSAETIMEDOUT"],
  [10061, "WSAECONNREFUSED"],
  [11001, "WSAHOST_NOT_FOUND"],
  // WinHTTP reuses these numbers (ERROR_WINHTTP_TIMEOUT, ...); the WinINet
  // names are the ones most documentation quotes.
  [12002, "ERROR_INTERNET_TIMEOUT"],
  [12007, "ERROR_INTERNET_NAME_NOT_RESOLVED"],
  [12029, "ERROR_INTERNET_CANNOT_CONNECT"],
]);

/** The symbolic name of a Win32 error number, or null when not in the table. */
export function win32ErrorName(code: number): string | null {
  return WIN32_ERRORS.get(code) ?? null;
}

/** All known Win32 errors, ascending by number (for listings and tests). */
export function knownWin32Errors(): ReadonlyArray<readonly [number, string]> {
  return [...WIN32_ERRORS].sort(([a], [b]) => a - b);
}
