"""FHIR R4 bridge between St Mary's EHR, the LIS and the vendor sandbox."""
