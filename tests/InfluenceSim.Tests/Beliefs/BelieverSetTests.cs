using InfluenceSim.Beliefs;

namespace InfluenceSim.Tests.Beliefs;

public class BelieverSetTests
{
    [Test]
    public void AFreshSetIsEmpty()
    {
        var set = new BelieverSet(10);
        Assert.That(set.Count, Is.Zero);
        Assert.That(Enumerable.Range(0, 10).Any(set.Contains), Is.False);
    }

    [Test]
    public void AddsAndRemovesAsASetAgainstAReference()
    {
        const int agents = 200;
        var set = new BelieverSet(agents);
        var reference = new HashSet<int>();
        var random = new Random(5);
        for (var i = 0; i < 20_000; i++)
        {
            var agent = random.Next(agents);
            if (random.Next(2) == 0)
            {
                set.Add(agent);
                reference.Add(agent);
            }
            else
            {
                set.Remove(agent);
                reference.Remove(agent);
            }

            Assert.That(set.Count, Is.EqualTo(reference.Count));
        }

        Assert.That(Enumerable.Range(0, set.Count).Select(p => set[p]), Is.EquivalentTo(reference));
        Assert.That(Enumerable.Range(0, agents).Where(set.Contains), Is.EquivalentTo(reference));
    }
}
