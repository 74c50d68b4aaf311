export interface SignupForm {
  email: string;
  username: string;
  password: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const USERNAME = /^[a-z0-9_]{3,24}$/;

export function parseSignup(body: string | undefined): SignupForm | { error: string } {
  let data: Partial<SignupForm>;
  try {
    data = JSON.parse(body ?? '{}') as Partial<SignupForm>;
  } catch {
    return { error: 'body is not JSON' };
  }
  if (!data.email || !EMAIL.test(data.email)) return { error: 'a valid email is required' };
  if (!data.username || !USERNAME.test(data.username)) return { error: 'username: 3-24 of a-z, 0-9, _' };
  if (!data.password || data.password.length < 12) return { error: 'password: at least 12 characters' };
  return { email: data.email.toLowerCase(), username: data.username, password: data.password };
}
