namespace PartnerPortal.Domain.Scoring;

/// <summary>
/// The regularized incomplete gamma functions P(a, x) = γ(a, x) / Γ(a) and Q(a, x) = 1 − P(a, x), which give
/// the chi-square distribution's tails. Written here rather than taken from a package: the domain stays free of
/// dependencies, and two textbook expansions cover every argument (Press et al., Numerical Recipes, §6.2):
/// the series converges fast for x &lt; a + 1, the continued fraction (modified Lentz) for x ≥ a + 1. The
/// continued fraction gives the upper tail directly where it is small, so a p-value of 1e-12 is not lost as
/// 1 − 0.999999999999.
/// </summary>
public static class IncompleteGamma
{
    private const double Epsilon = 1e-15;

    /// <summary>Guards the continued fraction's divisions; far below any value that matters.</summary>
    private const double Tiny = 1e-300;

    /// <summary>Both expansions need about √a terms; this bound is far beyond that for any a a ranking can produce.</summary>
    private const int MaximumTerms = 1_000_000;

    /// <summary>P(a, x), the lower tail: the chance a Gamma(a) variable is below x.</summary>
    public static double Lower(double a, double x)
    {
        Check(a, x);
        if (x == 0)
        {
            return 0;
        }
        if (double.IsPositiveInfinity(x))
        {
            return 1;
        }
        return x < a + 1 ? Series(a, x) : 1 - ContinuedFraction(a, x);
    }

    /// <summary>Q(a, x), the upper tail: the chance a Gamma(a) variable exceeds x.</summary>
    public static double Upper(double a, double x)
    {
        Check(a, x);
        if (x == 0)
        {
            return 1;
        }
        if (double.IsPositiveInfinity(x))
        {
            return 0;
        }
        return x < a + 1 ? 1 - Series(a, x) : ContinuedFraction(a, x);
    }

    /// <summary>ln Γ(x) for x &gt; 0 by Lanczos' approximation (g = 7, nine coefficients), good to about 1e-15.</summary>
    public static double LogGamma(double x)
    {
        if (!(x > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "ln Γ is used here only for positive arguments.");
        }
        if (x < 0.5)
        {
            // Reflection, Γ(x)Γ(1 − x) = π / sin(πx): the approximation is accurate for x ≥ 0.5.
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        }
        x -= 1;
        var sum = LanczosCoefficients[0];
        for (var i = 1; i < LanczosCoefficients.Length; i++)
        {
            sum += LanczosCoefficients[i] / (x + i);
        }
        var t = x + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(sum);
    }

    private static readonly double[] LanczosCoefficients =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    private static void Check(double a, double x)
    {
        if (!(a > 0) || double.IsInfinity(a))
        {
            throw new ArgumentOutOfRangeException(nameof(a), a, "The shape a must be a positive number.");
        }
        if (!(x >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "x must be zero or more.");
        }
    }

    /// <summary>xᵃ e⁻ˣ / Γ(a), the factor both expansions share, in logs so that large a and x do not overflow.</summary>
    private static double Prefactor(double a, double x) => Math.Exp(a * Math.Log(x) - x - LogGamma(a));

    /// <summary>P(a, x) = xᵃ e⁻ˣ / Γ(a) · Σₙ xⁿ / (a (a+1) … (a+n)).</summary>
    private static double Series(double a, double x)
    {
        var term = 1 / a;
        var sum = term;
        for (var n = 1; n < MaximumTerms; n++)
        {
            term *= x / (a + n);
            sum += term;
            if (Math.Abs(term) < Math.Abs(sum) * Epsilon)
            {
                break;
            }
        }
        return sum * Prefactor(a, x);
    }

    /// <summary>Q(a, x) = xᵃ e⁻ˣ / Γ(a) · 1 / (x + 1 − a − 1·(1 − a) / (x + 3 − a − 2·(2 − a) / (x + 5 − a − …))).</summary>
    private static double ContinuedFraction(double a, double x)
    {
        var b = x + 1 - a;
        var c = 1 / Tiny;
        var d = 1 / b;
        var fraction = d;
        for (var n = 1; n < MaximumTerms; n++)
        {
            var an = -n * (n - a);
            b += 2;
            d = an * d + b;
            if (Math.Abs(d) < Tiny)
            {
                d = Tiny;
            }
            c = b + an / c;
            if (Math.Abs(c) < Tiny)
            {
                c = Tiny;
            }
            d = 1 / d;
            var change = d * c;
            fraction *= change;
            if (Math.Abs(change - 1) < Epsilon)
            {
                break;
            }
        }
        return fraction * Prefactor(a, x);
    }
}
