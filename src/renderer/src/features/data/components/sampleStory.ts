/**
 * Whose story the sample is, read from the sample's own profile and manager, so the banner
 * follows the sample when it changes (it once said "Senior PM" after the sample became a Group PM).
 */
export function sampleStory(profile: { role?: string | null }, manager?: { title?: string | null } | null): string {
  const role = profile.role?.trim()
  const who = role ? `${/^[aeiou]/i.test(role) ? 'an' : 'a'} ${role}’s` : 'someone’s'
  const boss = manager?.title?.trim() || 'manager'
  return `${who} four quarters of loops with their ${boss}`
}
