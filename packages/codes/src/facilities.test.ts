import { describe, it, expect } from "vitest";
import { facilityByName, facilityName, facilityNames } from "./index.ts";

describe("facilities", () => {
  it.each([
    [0, "FACILITY_NULL"],
    [1, "FACILITY_RPC"],
    [2, "FACILITY_DISPATCH"],
    [3, "FACILITY_STORAGE"],
    [4, "FACILITY_ITF"],
    [7, "FACILITY_WIN32"],
    [8, "FACILITY_WINDOWS"],
    [9, "FACILITY_SECURITY"],
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
    [31, "FACILITY_USERMODE_FILTER_MANAGER"],
    [32, "FACILITY_BACKGROUNDCOPY"],
    [33, "FACILITY_CONFIGURATION"],
    [34, "FACILITY_STATE_MANAGEMENT"],
    [35, "FACILITY_METADIRECTORY"],
    [36, "FACILITY_WINDOWSUPDATE"],
    [37, "FACILITY_DIRECTORYSERVICE"],
    [38, "FACILITY_GRAPHICS"],
    [39, "FACILITY_SHELL"],
    [40, "FACILITY_TPM_SERVICES"],
    [41, "FACILITY_TPM_SOFTWARE"],
    [48, "FACILITY_PLA"],
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
    [60, "FACILITY_SDIAG"],
    [61, "FACILITY_WINPE"],
    [62, "FACILITY_WPN"],
    [63, "FACILITY_WINDOWS_STORE"],
    [64, "FACILITY_INPUT"],
    [66, "FACILITY_EAP"],
    [80, "FACILITY_WINDOWS_DEFENDER"],
    [81, "FACILITY_OPC"],
    [82, "FACILITY_XPS"],
    [84, "FACILITY_POWERSHELL"],
    [2170, "FACILITY_DXGI"],
  ])("%d is %s", (facility, name) => {
    expect(facilityName(facility)).toBe(name);
    expect(facilityByName(name)).toBe(facility);
  });

  it("keeps aliases for shared numbers, primary name first", () => {
    expect(facilityNames(9)).toEqual(["FACILITY_SECURITY", "FACILITY_SSPI"]);
    expect(facilityNames(84)).toEqual(["FACILITY_POWERSHELL", "FACILITY_MBN"]);
    expect(facilityByName("FACILITY_SSPI")).toBe(9);
    expect(facilityByName("FACILITY_WINDOWS_SETUP")).toBe(48);
  });

  it("returns null or empty for unknown facilities", () => {
    expect(facilityName(5)).toBeNull();
    expect(facilityName(4095)).toBeNull();
    expect(facilityNames(5)).toEqual([]);
    expect(facilityByName("FACILITY_NOPE")).toBeNull();
  });
});
