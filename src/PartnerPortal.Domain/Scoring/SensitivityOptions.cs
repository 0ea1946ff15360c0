namespace PartnerPortal.Domain.Scoring;

/// <summary>How the weights are shaken: each by up to ±Perturbation (then renormalised), Draws times, from Seed.</summary>
public sealed record SensitivityOptions(int Draws = 1000, double Perturbation = 0.20, int Seed = 1);
