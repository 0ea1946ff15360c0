using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Domain.Tests.Scoring;

/// <summary>
/// Reference values from the closed forms the chi-square tail has for whole degrees of freedom, evaluated
/// independently: for even k, e^(−x/2) Σ_{j&lt;k/2} (x/2)^j / j!; for odd k, erfc(√(x/2)) plus
/// e^(−x/2) Σ_{j=1}^{(k−1)/2} (x/2)^(j−½) / Γ(j + ½). They include the textbook critical values
/// (3.841 for k = 1, 18.307 for k = 10, 124.342 for k = 100 at the 5 % level).
/// </summary>
public class ChiSquaredTests
{
    [Theory]
    [InlineData(3.84, 1, 0.05004352124870509)]
    [InlineData(3.841458820694124, 1, 0.05)]
    [InlineData(6.634896601021214, 1, 0.01)]
    [InlineData(5.991464547107979, 2, 0.05)]
    [InlineData(7.814727903251178, 3, 0.05)]
    [InlineData(7, 3, 0.07189777249646515)]
    [InlineData(0.5, 5, 0.9921232932326297)]
    [InlineData(18.307, 10, 0.05000058909139812)]
    [InlineData(124.342, 100, 0.050000715769971754)]
    [InlineData(1074.679, 1000, 0.050000986595394835)]
    [InlineData(0.001, 1, 0.9747728793699604)]
    [InlineData(2, 1, 0.15729920705028513)]
    public void The_upper_tail_matches_the_closed_form_for_whole_degrees_of_freedom(double x, int degreesOfFreedom, double expected)
    {
        Assert.Equal(expected, ChiSquared.UpperTail(x, degreesOfFreedom), 1e-12);
    }

    [Theory]
    [InlineData(30, 1, 4.320463057827492e-08)]
    [InlineData(40, 7, 1.2587903873713082e-06)]
    [InlineData(200, 100, 1.1784500720979435e-08)]
    [InlineData(400, 2, 1.3838965267367376e-87)]
    public void Small_p_values_keep_their_relative_precision(double x, int degreesOfFreedom, double expected)
    {
        Assert.Equal(1, ChiSquared.UpperTail(x, degreesOfFreedom) / expected, 1e-10);
    }

    [Fact]
    public void The_tails_add_up_to_one_and_meet_the_exponential_and_the_limits()
    {
        foreach (var a in new[] { 0.5, 1, 2.5, 10, 50.5, 1000 })
        {
            foreach (var x in new[] { 0.01, 0.5, a, a + 1, 3 * a + 5 })
            {
                Assert.Equal(1, IncompleteGamma.Lower(a, x) + IncompleteGamma.Upper(a, x), 1e-13);
            }
        }
        Assert.Equal(1 - Math.Exp(-2.5), IncompleteGamma.Lower(1, 2.5), 1e-15);
        Assert.Equal((1.0, 0.0), (IncompleteGamma.Upper(3, 0), IncompleteGamma.Upper(3, double.PositiveInfinity)));
    }

    [Fact]
    public void Log_gamma_matches_factorials_and_the_square_root_of_pi()
    {
        Assert.Equal(Math.Log(362_880), IncompleteGamma.LogGamma(10), 12);
        Assert.Equal(Math.Log(Math.Sqrt(Math.PI)), IncompleteGamma.LogGamma(0.5), 14);
        Assert.Equal(Math.Log(0.75 * Math.Sqrt(Math.PI)), IncompleteGamma.LogGamma(2.5), 13);
        // Below ½ by reflection: Γ(¼) = 3.6256099082219083.
        Assert.Equal(Math.Log(3.6256099082219083), IncompleteGamma.LogGamma(0.25), 13);
        Assert.Equal(0, IncompleteGamma.LogGamma(1), 14);
    }

    [Fact]
    public void Arguments_outside_the_functions_domain_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IncompleteGamma.Upper(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => IncompleteGamma.Upper(1, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => IncompleteGamma.Lower(1, double.NaN));
    }
}
