namespace PartnerPortal.Domain.Scoring;

/// <summary>How AHP derives weights from a comparison matrix; published examples use both.</summary>
public enum AhpMethod
{
    /// <summary>Saaty's principal right eigenvector (the default).</summary>
    Eigenvector,

    /// <summary>Normalised row geometric means (Crawford and Williams' logarithmic least squares).</summary>
    GeometricMean,
}
