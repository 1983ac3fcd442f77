// Facility numbers as defined in the Windows SDK winerror.h (checked against
// SDK 10.0.26100). Several numbers are shared by more than one symbol; the
// first name is the one reported, the rest are kept as aliases so a search for
// either finds the facility.
//
// Values above 0x7FF (DXGI, Direct3D, PIDGENX, ...) do not fit the 11-bit
// facility field: MAKE_HRESULT shifts them into bit 27 (the X bit) as well, so
// these codes are looked up by bits 16-27 (see facilityKey in hresult.ts).
const FACILITY_TABLE: ReadonlyArray<readonly [number, string, ...string[]]> = [
  [0, "FACILITY_NULL"],
  [1, "FACILITY_RPC"],
  [2, "FACILITY_DISPATCH"],
  [3, "FACILITY_STORAGE"],
  [4, "FACILITY_ITF"],
  [7, "FACILITY_WIN32"],
  [8, "FACILITY_WINDOWS"],
  [9, "FACILITY_SECURITY", "FACILITY_SSPI"],
  [10, "FACILITY_CONTROL"],
  [11, "FACILITY_CERT"],
  [12, "FACILITY_INTERNET"],
  [13, "FACILITY_MEDIASERVER"],
  [14, "FACILITY_MSMQ"],
  [15, "FACILITY_SETUPAPI"],
  [16, "FACILITY_SCARD"],
  [17, "FACILITY_COMPLUS"],
  [18, "FACILITY_AAF"],
  [19, "FACILITY_URT"],
  [20, "FACILITY_ACS"],
  [21, "FACILITY_DPLAY"],
  [22, "FACILITY_UMI"],
  [23, "FACILITY_SXS"],
  [24, "FACILITY_WINDOWS_CE"],
  [25, "FACILITY_HTTP"],
  [26, "FACILITY_USERMODE_COMMONLOG"],
  [27, "FACILITY_WER"],
  [31, "FACILITY_USERMODE_FILTER_MANAGER"],
  [32, "FACILITY_BACKGROUNDCOPY"],
  [33, "FACILITY_CONFIGURATION", "FACILITY_WIA"],
  [34, "FACILITY_STATE_MANAGEMENT"],
  [35, "FACILITY_METADIRECTORY"],
  [36, "FACILITY_WINDOWSUPDATE"],
  [37, "FACILITY_DIRECTORYSERVICE"],
  [38, "FACILITY_GRAPHICS"],
  [39, "FACILITY_SHELL", "FACILITY_NAP"],
  [40, "FACILITY_TPM_SERVICES"],
  [41, "FACILITY_TPM_SOFTWARE"],
  [42, "FACILITY_UI"],
  [43, "FACILITY_XAML"],
  [44, "FACILITY_ACTION_QUEUE"],
  [48, "FACILITY_PLA", "FACILITY_WINDOWS_SETUP"],
  [49, "FACILITY_FVE"],
  [50, "FACILITY_FWP"],
  [51, "FACILITY_WINRM"],
  [52, "FACILITY_NDIS"],
  [53, "FACILITY_USERMODE_HYPERVISOR"],
  [54, "FACILITY_CMI"],
  [55, "FACILITY_USERMODE_VIRTUALIZATION"],
  [56, "FACILITY_USERMODE_VOLMGR"],
  [57, "FACILITY_BCD"],
  [58, "FACILITY_USERMODE_VHD"],
  [59, "FACILITY_USERMODE_HNS"],
  [60, "FACILITY_SDIAG"],
  [61, "FACILITY_WINPE", "FACILITY_WEBSERVICES"],
  [62, "FACILITY_WPN"],
  [63, "FACILITY_WINDOWS_STORE"],
  [64, "FACILITY_INPUT"],
  [65, "FACILITY_QUIC"],
  [66, "FACILITY_EAP"],
  [80, "FACILITY_WINDOWS_DEFENDER"],
  [81, "FACILITY_OPC"],
  [82, "FACILITY_XPS"],
  [83, "FACILITY_RAS"],
  [84, "FACILITY_POWERSHELL", "FACILITY_MBN"],
  [85, "FACILITY_EAS"],
  [98, "FACILITY_P2P_INT"],
  [99, "FACILITY_P2P"],
  [100, "FACILITY_DAF"],
  [101, "FACILITY_BLUETOOTH_ATT"],
  [102, "FACILITY_AUDIO"],
  [109, "FACILITY_VISUALCPP"],
  [112, "FACILITY_SCRIPT"],
  [113, "FACILITY_PARSE"],
  [120, "FACILITY_BLB"],
  [121, "FACILITY_BLB_CLI"],
  [122, "FACILITY_WSBAPP"],
  [128, "FACILITY_BLBUI"],
  [129, "FACILITY_USN"],
  [130, "FACILITY_USERMODE_VOLSNAP"],
  [131, "FACILITY_TIERING"],
  [133, "FACILITY_WSB_ONLINE"],
  [134, "FACILITY_ONLINE_ID"],
  [153, "FACILITY_DLS"],
  [160, "FACILITY_SOS"],
  [176, "FACILITY_DEBUGGERS"],
  [231, "FACILITY_USERMODE_SPACES"],
  [234, "FACILITY_USERMODE_LICENSING"],
  // System Restore ("System Protection"), not the Software Protection Platform:
  // SPP activation errors use FACILITY_ITF (0xC004xxxx).
  [256, "FACILITY_SPP", "FACILITY_RESTORE", "FACILITY_DMSERVER"],
  [305, "FACILITY_LINGUISTIC_SERVICES"],
  [885, "FACILITY_WEB"],
  [886, "FACILITY_WEB_SOCKET"],
  [1094, "FACILITY_AUDIOSTREAMING"],
  [1536, "FACILITY_ACCELERATOR"],
  [1793, "FACILITY_MOBILE"],
  [1996, "FACILITY_WMAAECMA"],
  [2049, "FACILITY_WEP"],
  [2050, "FACILITY_SYNCENGINE"],
  [2168, "FACILITY_DIRECTMUSIC"],
  [2169, "FACILITY_DIRECT3D10"],
  [2170, "FACILITY_DXGI"],
  [2171, "FACILITY_DXGI_DDI"],
  [2172, "FACILITY_DIRECT3D11"],
  [2174, "FACILITY_DIRECT3D12"],
  [2184, "FACILITY_LEAP"],
  [2185, "FACILITY_AUDCLNT"],
  [2200, "FACILITY_WINCODEC_DWRITE_DWM"],
  [2201, "FACILITY_DIRECT2D"],
  [2304, "FACILITY_DEFRAG"],
  [2305, "FACILITY_USERMODE_SDBUS"],
  [2306, "FACILITY_JSCRIPT"],
  [2561, "FACILITY_PIDGENX"],
];

const BY_NUMBER: ReadonlyMap<number, readonly string[]> = new Map(
  FACILITY_TABLE.map(([facility, ...names]) => [facility, names]),
);

/** The winerror.h name of a facility number (0-4095), or null when unknown. */
export function facilityName(facility: number): string | null {
  return BY_NUMBER.get(facility)?.[0] ?? null;
}

/** Every winerror.h name defined for a facility number, primary name first. */
export function facilityNames(facility: number): readonly string[] {
  return BY_NUMBER.get(facility) ?? [];
}

/** The facility number for a FACILITY_* name (aliases included), or null. */
export function facilityByName(name: string): number | null {
  for (const [facility, ...names] of FACILITY_TABLE) {
    if (names.includes(name)) return facility;
  }
  return null;
}
